import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { SCHEMA_FILE } from '../../apps/e2e/src/supergraph';
import { SCHEMA_ENUMS_FILE, schemaEnumsSource } from './schema-enums';

describe('the schema enums the Swedish catalogue is typed against', () => {
  it('are those of the committed public schema (run `npm run supergraph` after a schema change)', () => {
    const expected = schemaEnumsSource(buildSchema(readFileSync(SCHEMA_FILE, 'utf8')));
    expect(readFileSync(SCHEMA_ENUMS_FILE, 'utf8')).toBe(expected);
  });
});
