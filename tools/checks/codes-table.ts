import path from 'node:path';
import { Node, Project, PropertyAssignment, Type } from 'ts-morph';
import * as codes from '@kvalitetsnav/codes';

/**
 * The README's list of every refusal the API can answer with: each service's rules with their
 * kind (`extensions.code`), params and an example of the English message, read from
 * libs/codes with the TypeScript compiler (the params are the rules' own types).
 */

export const CODES_START = '<!-- codes:start (npm run codes) -->';
export const CODES_END = '<!-- codes:end -->';

const root = path.resolve(__dirname, '../..');
const SETS = [
  { file: 'common-rules.ts', name: 'CommonRules', title: 'Every service' },
  { file: 'contracts-rules.ts', name: 'ContractsRules', title: 'contracts' },
  { file: 'surveys-rules.ts', name: 'SurveysRules', title: 'surveys' },
  { file: 'deviations-rules.ts', name: 'DeviationsRules', title: 'deviations' },
  { file: 'forecasting-rules.ts', name: 'ForecastingRules', title: 'forecasting' },
  { file: 'reports-rules.ts', name: 'ReportsRules', title: "reports (the gateway's /reports)" },
] as const;

interface RuleRow {
  rule: string;
  code: string;
  params: { name: string; type: string }[];
  example: string;
}

/** A value of the type, to show what the message says. */
function sample(type: Type, name: string): unknown {
  if (type.isUnion() && type.getUnionTypes().every((t) => t.isStringLiteral() || t.isBooleanLiteral())) {
    const first = type.getUnionTypes()[0];
    return first.isBooleanLiteral() ? first.getText() === 'true' : first.getLiteralValue();
  }
  if (type.isStringLiteral()) return type.getLiteralValue();
  if (type.isNumber()) return 2;
  if (type.isBoolean()) return true;
  if (type.isString()) {
    if (/(On|Date)$|^(today|earliest|latest|date)$/.test(name)) return '2022-03-15';
    return /month/i.test(name) ? '2022-03' : name;
  }
  if (type.isArray() || type.getText().startsWith('readonly ')) {
    const element = type.getArrayElementType() ?? type.getTypeArguments()[0];
    return element ? [sample(element, name), ...(element.isNumber() ? [3] : [])] : [];
  }
  return null;
}

function rowsOf(project: Project, file: string, name: string): RuleRow[] {
  const source = project.getSourceFileOrThrow(path.join(root, 'libs/codes/src', file));
  const declaration = source.getVariableDeclarationOrThrow(name);
  let literal = declaration.getInitializerOrThrow();
  while (Node.isSatisfiesExpression(literal) || Node.isAsExpression(literal)) literal = literal.getExpression();
  if (!Node.isObjectLiteralExpression(literal)) return [];
  const set = (codes as unknown as Record<string, Record<string, { message: (p: unknown, f: string) => string }>>)[
    name
  ];
  return literal
    .getProperties()
    .filter((p): p is PropertyAssignment => Node.isPropertyAssignment(p))
    .map((property) => {
      const rule = property.getName();
      const call = property.getInitializerOrThrow();
      const code = Node.isCallExpression(call)
        ? (call.getArguments()[0]?.getText().replace('ErrorCode.', '') ?? '')
        : '';
      const typeArgument = Node.isCallExpression(call) ? call.getTypeArguments()[0] : undefined;
      const params = typeArgument
        ? typeArgument
            .getType()
            .getProperties()
            .map((p) => ({ name: p.getName(), type: p.getTypeAtLocation(property) }))
        : [];
      const values = Object.fromEntries(params.map((p) => [p.name, sample(p.type, p.name)]));
      return {
        rule,
        code,
        params: params.map((p) => ({ name: p.name, type: p.type.getText(property).replace(/import\([^)]*\)\./g, '') })),
        example: set[rule].message(values, 'field'),
      };
    });
}

export function renderCodesTable(): string {
  const project = new Project({
    tsConfigFilePath: path.join(root, 'tsconfig.json'),
    skipAddingFilesFromTsConfig: true,
  });
  SETS.forEach((s) => project.addSourceFileAtPath(path.join(root, 'libs/codes/src', s.file)));
  project.resolveSourceFileDependencies();
  const sections = SETS.map(({ file, name, title }) => {
    const rows = rowsOf(project, file, name);
    const lines = rows.map(
      (r) =>
        `| \`${r.rule}\` | ${r.code} | ${r.params.map((p) => `\`${p.name}\`: ${p.type.replace(/\|/g, '\\|')}`).join(', ') || '–'} | ${r.example.replace(/\|/g, '\\|')} |`,
    );
    return [
      `**${title}** (\`${name}\` in \`libs/codes/src/${file}\`)`,
      '',
      '| rule | code | params | English message, e.g. |',
      '|---|---|---|---|',
      ...(lines.length ? lines : ['| – | | | |']),
    ].join('\n');
  });
  return [CODES_START, ...sections.flatMap((s) => [s, '']), CODES_END].join('\n');
}
