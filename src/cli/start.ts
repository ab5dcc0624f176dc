import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_WEB_ROOT } from '../server/app.js';
import { serve } from './serve.js';

/** `npm start`: build the web app once if it is missing, then serve. */
export async function start(): Promise<void> {
  if (!existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))) {
    console.log('Building the web app (first start only)…');
    const { build } = await import('vite');
    await build({ logLevel: 'warn' });
  }
  await serve();
}
