import { readFileSync } from 'node:fs';
import { SUPERGRAPH_FILE } from '../../apps/e2e/src/supergraph';
import { apiSchemaOf, SCHEMA_ENUMS_FILE, schemaEnumsSource } from './schema-enums';

describe('the schema enums the Swedish catalogue is typed against', () => {
  it('are those of the committed supergraph (run `npm run supergraph` after a schema change)', () => {
    const expected = schemaEnumsSource(apiSchemaOf(readFileSync(SUPERGRAPH_FILE, 'utf8')));
    expect(readFileSync(SCHEMA_ENUMS_FILE, 'utf8')).toBe(expected);
  });
});
