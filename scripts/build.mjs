// Builds what Steady serves: the web app (vite → dist/web) and the server (tsc → dist/server).
// `npm run build` builds both; `steady start` calls `buildIfNeeded` so a fresh clone needs nothing
// else. Plain JavaScript, so it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(root, ...parts);

export const SERVER_ENTRY = at('dist', 'server', 'cli', 'main.js');
const SERVER_STAMP = at('dist', 'server', '.built');
const WEB_INDEX = at('dist', 'web', 'index.html');

/** The newest modification time under the given paths, tests left out (they are not shipped). */
function newest(paths) {
  let max = 0;
  const visit = (p) => {
    let s;
    try {
      s = statSync(p);
    } catch {
      return;
    }
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules') visit(join(p, name));
    } else if (!/\.test\.tsx?$/.test(p)) {
      max = Math.max(max, s.mtimeMs);
    }
  };
  for (const p of paths) visit(at(p));
  return max;
}

const SERVER_SOURCES = [
  'src/cli',
  'src/server',
  'src/db',
  'src/core',
  'src/contracts',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
];
const WEB_SOURCES = ['src/web', 'src/core', 'src/contracts', 'vite.config.ts', 'scripts/pwa-shell-plugin.ts', 'package.json'];

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : -1);

/** True when dist/server exists and nothing it is compiled from changed since. */
export function serverIsFresh() {
  return existsSync(SERVER_ENTRY) && builtAt(SERVER_STAMP) >= newest(SERVER_SOURCES);
}

export function webIsFresh() {
  return builtAt(WEB_INDEX) >= newest(WEB_SOURCES);
}

export function buildServer() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', at('tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Compiling the server failed.');
  writeFileSync(SERVER_STAMP, `${new Date().toISOString()}\n`);
}

export async function buildWeb() {
  const { build } = await import('vite');
  await build({ configFile: at('vite.config.ts'), logLevel: 'warn' });
}

/** What `steady start` does first: build whichever part is missing or older than its sources. */
export async function buildIfNeeded(log = console.log) {
  if (!webIsFresh()) {
    log('Building the web app…');
    await buildWeb();
  }
  if (!serverIsFresh()) {
    log('Compiling the server…');
    buildServer();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildWeb();
  buildServer();
}
