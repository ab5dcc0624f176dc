import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding Steady's package.json. Found by walking up rather than by a fixed `../..`,
 * because this file runs from `src/server/` in development and from `dist/server/server/` once built.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'steady') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('Steady’s package.json was not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export const PROJECT_ROOT = findRoot();
