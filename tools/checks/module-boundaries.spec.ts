import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

/** Lints a would-be file through the workspace's real ESLint config; returns the rule ids hit. */
function lint(filePath: string, code: string): { ruleId: string | null; message: string }[] {
  const result = spawnSync(
    bin('eslint'),
    ['--stdin', '--stdin-filename', path.join(root, filePath), '--format', 'json'],
    {
      cwd: root,
      input: code,
      encoding: 'utf8',
    },
  );
  const [report] = JSON.parse(result.stdout);
  return report.messages;
}

describe('module boundaries (the architecture, enforced by lint)', () => {
  beforeAll(() => {
    // The rule reads Nx's project graph from its cache; make sure it is there and current.
    execFileSync(bin('nx'), ['show', 'projects'], { cwd: root, stdio: 'ignore' });
  }, 120_000);

  it("fails lint when one service imports another service's code", () => {
    const messages = lint(
      'apps/deviations/src/probe.ts',
      `import { UnitsService } from '../../contracts/src/units/units.service';\nexport const probe = UnitsService;\n`,
    );
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: '@nx/enforce-module-boundaries' }));
  });

  it('fails lint when a shared lib imports a service', () => {
    const messages = lint(
      'libs/events/src/probe.ts',
      `import { ContractsAppModule } from '../../../apps/contracts/src/app.module';\nexport const probe = ContractsAppModule;\n`,
    );
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: '@nx/enforce-module-boundaries' }));
  });

  it('lets a service use the shared libs', () => {
    const messages = lint(
      'apps/deviations/src/probe.ts',
      `import { Topics } from '@kvalitetsnav/events';\nexport const probe = Topics;\n`,
    );
    expect(messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries')).toEqual([]);
  });
});
