import { readFileSync } from 'node:fs';
import path from 'node:path';
import { between, markdownCells } from '@kvalitetsnav/testing';
import { CODES_END, CODES_START, renderCodesTable } from './codes-table';

describe('the README', () => {
  it('lists every rule code of every service as libs/codes has them (npm run codes)', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    expect(markdownCells(between(readme, CODES_START, CODES_END))).toEqual(markdownCells(renderCodesTable()));
  }, 60_000);
});
