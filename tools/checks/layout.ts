import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The one layout every service follows (README, "How the code is laid out"). Each check names
 * the file and what to change; `layoutProblems` is pure so its spec can show every rule.
 */

export interface SourceFile {
  /** Relative to the service's `src/`, with forward slashes. */
  path: string;
  content: string;
}

const ROOT_FILES = new Set(['main.ts', 'app.module.ts', 'config.ts', 'config.spec.ts', 'database.ts']);
const FEATURE_SUFFIXES = [
  '.module.ts',
  '.resolver.ts',
  '.service.ts',
  '.inputs.ts',
  '.models.ts',
  '.entity.ts',
  '-rules.ts',
  '.consumer.ts',
  '.controller.ts',
  '.spec.ts',
  '.int-spec.ts',
];
const FEDERATION_SUFFIXES = ['.models.ts', '.resolver.ts', '.module.ts', '.spec.ts', '.int-spec.ts'];
/** Folders that would gather code by kind instead of by feature. */
const NOT_FEATURES = new Set([
  'rules',
  'common',
  'utils',
  'util',
  'shared',
  'helpers',
  'errors',
  'lib',
  'misc',
  'models',
  'entities',
  'resolvers',
  'services',
  'catalogue',
]);
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Decorators that make a class a resolver, a service, an input, a model or an entity. */
const ROLE_DECORATORS = {
  resolver: /@Resolver\(/,
  injectable: /@Injectable\(/,
  input: /@(InputType|ArgsType)\(/,
  model: /@ObjectType\(/,
  entity: /@Entity\(/,
  operation: /@(Query|Mutation|ResolveField|ResolveReference)\(/,
} as const;
type Role = keyof typeof ROLE_DECORATORS;

/** What each kind of file may not hold. */
const FORBIDDEN: Record<string, Role[]> = {
  '.resolver.ts': ['injectable', 'input', 'model', 'entity'],
  '.service.ts': ['resolver', 'operation', 'input', 'model', 'entity'],
  '.inputs.ts': ['resolver', 'operation', 'injectable', 'model', 'entity'],
  '.models.ts': ['resolver', 'operation', 'injectable', 'input', 'entity'],
  '.entity.ts': ['resolver', 'operation', 'injectable', 'input'],
  '.consumer.ts': ['resolver', 'operation', 'input', 'model', 'entity'],
  '.controller.ts': ['resolver', 'operation', 'input', 'model', 'entity'],
  '.module.ts': ['resolver', 'operation', 'input', 'model', 'entity'],
};

/** What a pure rules file may not import (type-only imports are fine). */
const IMPURE =
  /^(@nestjs\/|typeorm$|class-validator$|class-transformer$|kafkajs$|pg$|@kvalitetsnav\/(messaging|service-kit|persistence|unit-catalogue|testing)$|node:(fs|net|http|child_process))/;

/** Class-validator checks that carry no rule: write the service-kit input rule instead. */
const RAW_CHECKS =
  /\b(IsUUID|IsString|Length|IsInt|Min|Max|IsNumber|IsBoolean|IsEnum|IsIn|Matches|ArrayMinSize|ArrayMaxSize|IsArray|IsISO8601|IsDateString|MaxLength|MinLength|IsNotEmpty)\b/;

const suffixOf = (file: string, suffixes: string[]) => suffixes.find((s) => file.endsWith(s));
const isSpec = (file: string) => file.endsWith('.spec.ts') || file.endsWith('.int-spec.ts');

function importsOf(content: string): { from: string; typeOnly: boolean; names: string[] }[] {
  const out: { from: string; typeOnly: boolean; names: string[] }[] = [];
  const pattern = /import\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (let m = pattern.exec(content); m; m = pattern.exec(content)) {
    const clause = m[2].trim();
    const names = (/\{([^}]*)\}/.exec(clause)?.[1] ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const onlyNamed = clause.startsWith('{');
    const typeOnly = Boolean(m[1]) || (onlyNamed && names.length > 0 && names.every((n) => n.startsWith('type ')));
    out.push({ from: m[3], typeOnly, names: names.map((n) => n.replace(/^type\s+/, '')) });
  }
  return out;
}

export function layoutProblems(service: string, files: SourceFile[]): string[] {
  const problems: string[] = [];
  const paths = new Set(files.map((f) => f.path));
  const at = (file: string) => `apps/${service}/src/${file}`;

  for (const { path: file, content } of files) {
    const parts = file.split('/');
    const name = parts[parts.length - 1];
    if (parts.length === 1) {
      if (!ROOT_FILES.has(name) && name !== `${service}.int-spec.ts`) {
        problems.push(
          `${at(file)}: only main.ts, app.module.ts, config.ts, database.ts and ${service}.int-spec.ts sit at the root; move it into its feature folder`,
        );
      }
      continue;
    }
    if (parts.length > 2) {
      problems.push(`${at(file)}: features are one folder deep; move it to apps/${service}/src/${parts[0]}/`);
      continue;
    }
    const [folder] = parts;
    if (folder === 'migrations') {
      if (!/^\d{13}-[a-z0-9-]+\.ts$/.test(name))
        problems.push(`${at(file)}: a migration is named <13-digit timestamp>-<what-it-does>.ts`);
      continue;
    }
    const suffixes = folder === 'federation' ? FEDERATION_SUFFIXES : FEATURE_SUFFIXES;
    if (folder !== 'federation' && (NOT_FEATURES.has(folder) || !KEBAB.test(folder))) {
      problems.push(
        `${at(file)}: "${folder}" gathers code by kind, not by feature; put the file in the feature it belongs to`,
      );
    }
    const suffix = suffixOf(name, suffixes);
    if (!suffix) {
      problems.push(
        `${at(file)}: a file in ${folder === 'federation' ? 'federation/' : 'a feature'} ends with one of ${suffixes.join(', ')}`,
      );
      continue;
    }
    if (isSpec(name)) continue;
    for (const role of FORBIDDEN[suffix] ?? []) {
      if (ROLE_DECORATORS[role].test(content))
        problems.push(
          `${at(file)}: a ${suffix} file holds no ${role} (${ROLE_DECORATORS[role].source.replace(/\\/g, '')}); move it to its own file`,
        );
    }
    if (suffix === '.resolver.ts' && !ROLE_DECORATORS.resolver.test(content))
      problems.push(`${at(file)}: a resolver file holds a @Resolver`);
    if (suffix === '.entity.ts' && (content.match(/@Entity\(/g) ?? []).length !== 1)
      problems.push(`${at(file)}: an entity file holds exactly one @Entity`);
    if (suffix === '-rules.ts') {
      if (!paths.has(file.replace(/\.ts$/, '.spec.ts')))
        problems.push(`${at(file)}: a rules file has its spec beside it (${name.replace(/\.ts$/, '.spec.ts')})`);
      for (const imported of importsOf(content)) {
        const relativeImpure = imported.from.startsWith('.') && !imported.from.endsWith('-rules');
        if (!imported.typeOnly && (IMPURE.test(imported.from) || relativeImpure)) {
          problems.push(
            `${at(file)}: rules are pure functions; it imports ${imported.from} (a type-only import is fine)`,
          );
        }
      }
    }
    if (/registerStringEnum\(|registerEnumType\(/.test(content) && suffix !== '.models.ts' && suffix !== '.entity.ts') {
      problems.push(`${at(file)}: GraphQL enums are registered in a .models.ts or .entity.ts file`);
    }
    if (suffix === '.inputs.ts') {
      for (const imported of importsOf(content).filter((i) => i.from === 'class-validator')) {
        const raw = imported.names.filter((n) => RAW_CHECKS.test(n));
        if (raw.length)
          problems.push(
            `${at(file)}: ${raw.join(', ')} carry no rule code; use the input rules of @kvalitetsnav/service-kit (IsId, IsText, IsCount, …)`,
          );
      }
    }
    if (folder !== 'federation' && service !== 'contracts' && /@Directive\(\s*['"`]@(key|extends)/.test(content)) {
      problems.push(`${at(file)}: another subgraph's entity is extended in federation/, not in a feature`);
    }
  }
  const features = new Set(
    files
      .map((f) => f.path.split('/'))
      .filter((p) => p.length === 2 && p[0] !== 'migrations')
      .map((p) => p[0]),
  );
  for (const feature of features) {
    const own = files.filter(
      (f) => f.path.split('/').length === 2 && f.path.startsWith(`${feature}/`) && !isSpec(f.path),
    );
    const wired = own.some((f) => /\.(resolver|service|consumer|controller)\.ts$/.test(f.path));
    if (wired && !own.some((f) => f.path.endsWith('.module.ts'))) {
      problems.push(`${at(feature)}/: a feature with providers has its Nest module (${feature}/${feature}.module.ts)`);
    }
  }
  for (const { path: file, content } of files) {
    if (isSpec(file)) continue;
    if (/\bDomainError\b|\b(BadRequest|NotFound|Forbidden|Conflict|Unauthorized)Exception\b/.test(content)) {
      problems.push(
        `${at(file)}: refusals are RuleViolations with a rule code (the service's violation factory in @kvalitetsnav/codes)`,
      );
    }
  }
  return problems;
}

/** Every .ts file under a service's src/, relative to it. */
export function readServiceSources(root: string, service: string): SourceFile[] {
  const src = path.join(root, 'apps', service, 'src');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? walk(full) : full.endsWith('.ts') ? [full] : [];
    });
  return walk(src).map((full) => ({
    path: path.relative(src, full).split(path.sep).join('/'),
    content: readFileSync(full, 'utf8'),
  }));
}
