// Writes the list of every refusal the API can answer with (libs/codes) into the README.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CODES_END, CODES_START, renderCodesTable } from '../checks/codes-table';

const readme = path.resolve(__dirname, '../../README.md');
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(CODES_START);
const end = text.indexOf(CODES_END);
if (start < 0 || end < 0) throw new Error(`README.md needs the markers ${CODES_START} and ${CODES_END}`);
writeFileSync(readme, text.slice(0, start) + renderCodesTable() + text.slice(end + CODES_END.length));
execFileSync(path.resolve(__dirname, '../../node_modules/.bin/prettier'), ['--write', '--log-level', 'warn', readme]);
console.log('wrote the refusal codes into README.md');
