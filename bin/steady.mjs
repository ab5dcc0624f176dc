#!/usr/bin/env node
// `steady start` builds whatever is missing or out of date (scripts/build.mjs), then runs the
// compiled server. Every other command runs the compiled server too when it is up to date; in a
// checkout whose sources changed since the last build it runs them through tsx instead, so a
// developer never runs yesterday's code by accident.
import { buildIfNeeded, SERVER_ENTRY, serverIsFresh } from '../scripts/build.mjs';
import { pathToFileURL } from 'node:url';

if (process.argv[2] === 'start') await buildIfNeeded();

if (serverIsFresh()) {
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(SERVER_ENTRY).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
