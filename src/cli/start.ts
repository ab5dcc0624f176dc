import { serve } from './serve.js';

/** `npm start`: bin/steady.mjs has built what was missing before this runs; apply migrations and serve. */
export async function start(): Promise<void> {
  await serve();
}
