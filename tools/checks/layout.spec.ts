import path from 'node:path';
import { layoutProblems, readServiceSources, SourceFile } from './layout';

const root = path.resolve(__dirname, '../..');

const file = (p: string, content = ''): SourceFile => ({ path: p, content });
const problemsOf = (...files: SourceFile[]) => layoutProblems('surveys', files);

describe('the layout every service follows', () => {
  it('accepts a feature laid out by role, with wiring at the root and stubs in federation/', () => {
    expect(
      problemsOf(
        file('main.ts'),
        file('app.module.ts'),
        file('config.ts'),
        file('database.ts'),
        file('surveys.int-spec.ts'),
        file('migrations/1732400000100-surveys.ts'),
        file('federation/unit.models.ts', `@ObjectType() @Directive('@key(fields: "id")') class Unit {}`),
        file('federation/unit.resolver.ts', '@Resolver(() => Unit) class UnitResolver {}'),
        file('federation/federation.module.ts', '@Module({})'),
        file('rounds/rounds.module.ts', '@Module({})'),
        file('rounds/rounds.resolver.ts', '@Resolver() class R { @Query() a() {} }'),
        file('rounds/rounds.service.ts', '@Injectable() class S {}'),
        file('rounds/rounds.inputs.ts', "import { IsOptional } from 'class-validator';\n@InputType() class I {}"),
        file('rounds/rounds.models.ts', '@ObjectType() class M {}; registerStringEnum([], "X")'),
        file('rounds/round.entity.ts', '@Entity() @ObjectType() class E {}'),
        file(
          'rounds/round-rules.ts',
          "import type { Round } from './round.entity';\nimport { x } from './other-rules';",
        ),
        file('rounds/round-rules.spec.ts'),
        file('rounds/rounds.int-spec.ts', '@Resolver() @Injectable()'),
      ),
    ).toEqual([]);
  });

  it('refuses a file that mixes a resolver with a service, an input or a model', () => {
    expect(
      problemsOf(
        file('rounds/rounds.module.ts'),
        file('rounds/rounds.resolver.ts', '@Resolver() class R {} @Injectable() class S {} @InputType() class I {}'),
      ),
    ).toEqual([expect.stringContaining('holds no injectable'), expect.stringContaining('holds no input')]);
    expect(
      problemsOf(
        file('rounds/rounds.module.ts'),
        file('rounds/rounds.service.ts', '@Injectable() class S {} @Resolver() class R { @Mutation() m() {} }'),
      ),
    ).toEqual([expect.stringContaining('holds no resolver'), expect.stringContaining('holds no operation')]);
    expect(problemsOf(file('rounds/rounds.ts', '@Injectable() @Resolver()'))).toEqual([
      expect.stringContaining('a file in a feature ends with one of'),
    ]);
  });

  it('refuses rules outside their feature, and rules that are not pure or have no spec', () => {
    expect(problemsOf(file('rules/statistics-rules.ts'), file('rules/statistics-rules.spec.ts'))).toEqual([
      expect.stringContaining('gathers code by kind'),
      expect.stringContaining('gathers code by kind'),
    ]);
    expect(
      problemsOf(
        file(
          'rounds/round-rules.ts',
          "import { Injectable } from '@nestjs/common';\nimport { Round } from './round.entity';",
        ),
      ),
    ).toEqual([
      expect.stringContaining('has its spec beside it'),
      expect.stringContaining('imports @nestjs/common'),
      expect.stringContaining('imports ./round.entity'),
    ]);
  });

  it('refuses stray files at the root, nesting, badly named migrations and entities', () => {
    expect(
      problemsOf(
        file('helpers.ts'),
        file('rounds/sub/x.service.ts'),
        file('migrations/init.ts'),
        file('rounds/round.entity.ts', '@Entity() a; @Entity() b'),
      ),
    ).toEqual([
      expect.stringContaining('only main.ts'),
      expect.stringContaining('one folder deep'),
      expect.stringContaining('a migration is named'),
      expect.stringContaining('exactly one @Entity'),
    ]);
  });

  it('refuses validation without a rule code, prose refusals, and stubs outside federation/', () => {
    expect(
      problemsOf(
        file('rounds/rounds.inputs.ts', "import { IsOptional, IsUUID, Length } from 'class-validator';"),
        file('rounds/rounds.module.ts'),
        file('rounds/rounds.service.ts', "throw new DomainError('CONFLICT', 'no');"),
        file('rounds/unit.models.ts', `@ObjectType() @Directive('@key(fields: "id")') class Unit {}`),
        file('rounds/rounds.resolver.ts', '@Resolver() registerStringEnum([], "X")'),
      ),
    ).toEqual([
      expect.stringContaining('IsUUID, Length carry no rule code'),
      expect.stringContaining('extended in federation/'),
      expect.stringContaining('enums are registered in a .models.ts'),
      expect.stringContaining('refusals are RuleViolations'),
    ]);
  });

  for (const service of ['contracts', 'surveys', 'deviations', 'forecasting']) {
    it(`holds in apps/${service}`, () => {
      expect(layoutProblems(service, readServiceSources(root, service))).toEqual([]);
    });
  }
});
