// Writes the role × operation matrix (apps/e2e/src/role-matrix.ts) into the README.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MATRIX_END, MATRIX_START, renderMatrix } from '../../apps/e2e/src/role-matrix';

const readme = path.resolve(__dirname, '../../README.md');
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(MATRIX_START);
const end = text.indexOf(MATRIX_END);
if (start < 0 || end < 0) throw new Error(`README.md needs the markers ${MATRIX_START} and ${MATRIX_END}`);
writeFileSync(readme, text.slice(0, start) + renderMatrix() + text.slice(end + MATRIX_END.length));
execFileSync(path.resolve(__dirname, '../../node_modules/.bin/prettier'), ['--write', '--log-level', 'warn', readme]);
console.log('wrote the role matrix into README.md');
