import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readSupergraph } from '../graphql/supergraph';
import { publicSchemaOf } from './public-schema';

const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

describe('the committed public schema', () => {
  it('is the API schema of the committed supergraph (npm run supergraph writes both)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await publicSchemaOf(readSupergraph()));
  });

  it('keeps federation out of what clients see', () => {
    const sdl = readFileSync(SCHEMA_FILE, 'utf8');
    expect(sdl).toMatch(/^type Query \{/m);
    expect(sdl).not.toMatch(/join__|link__|@inaccessible|_service|_entities/);
  });
});
