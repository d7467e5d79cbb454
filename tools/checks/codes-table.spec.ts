import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CODES_END, CODES_START, renderCodesTable } from './codes-table';

/** Prettier pads the README's tables; compare them cell by cell. */
const cells = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) =>
      line.startsWith('|')
        ? line
            .split(/(?<!\\)\|/)
            .map((cell) => cell.trim().replace(/^-+$/, '-'))
            .join('|')
        : line.trim(),
    )
    .filter(Boolean);

describe('the README', () => {
  it('lists every rule code of every service as libs/codes has them (npm run codes)', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    const shown = readme.slice(readme.indexOf(CODES_START), readme.indexOf(CODES_END) + CODES_END.length);
    expect(cells(shown)).toEqual(cells(renderCodesTable()));
  }, 60_000);
});
