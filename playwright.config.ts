import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Every run starts from an empty database, so tests never depend on what an earlier run left.
// Kept in the environment, which the workers inherit (they load this file again), so a spec can run
// the CLI against the server's own database (recovery.spec.ts: `steady user reset-link`).
process.env.STEADY_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'steady-e2e-'));
const dataDir = process.env.STEADY_E2E_DATA_DIR;
const PORT = Number(process.env.E2E_PORT ?? 8391);
// Specs that need a certain day or hour set the server's clock (and their browsers'), so none
// depends on when it runs: the week-in-the-life journey moves it through its days, the request cap
// needs a morning. They get a server of their own (with its own empty database) and run one at a
// time, each setting the clock before anything else: no spec ever sees the clock move under it.
const CLOCKED_PORT = Number(process.env.E2E_JOURNEY_PORT ?? PORT + 1000);
const CLOCKED_SPECS = /(week-in-the-life|pair-request-cap)\.spec\.ts$/;
const clockedDataDir = mkdtempSync(join(tmpdir(), 'steady-e2e-clocked-'));
// The screenshot walk takes pictures for people to look at and compares nothing, so `npm test` leaves
// it out; `npm run screenshots` (STEADY_SCREENSHOTS=1) runs it alone.
const SCREENSHOTS_SPEC = /screenshots\.spec\.ts$/;
const SCREENSHOTS = process.env.STEADY_SCREENSHOTS === '1';
// Every spec signs people up from 127.0.0.1, far beyond the per-address sign-up limit.
// PUSH_ALLOW_LOCAL lets the server push to the local test push service e2e/notifications.spec.ts runs.
const serverEnv = {
  DATABASE_URL: '',
  ARGON2_FAST: '1',
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  SIGNUP_LIMIT: '100000',
  PUSH_ALLOW_LOCAL: '1',
};

export default defineConfig({
  testDir: 'e2e',
  // Its own folder: Playwright empties outputDir at start, and test-results/ also holds the vitest report.
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 2,
  // One retry in CI only: a walk that fails and then passes is still listed as "flaky" in the report,
  // to be fixed, but a machine under load (both cores shared with the server) cannot sink a whole run.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'off',
    launchOptions: {
      // The system Chromium from Debian; Playwright's own browser download is never used.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: [CLOCKED_SPECS, SCREENSHOTS_SPEC], use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      name: 'clocked',
      testMatch: CLOCKED_SPECS,
      workers: 1,
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${CLOCKED_PORT}` },
    },
    ...(SCREENSHOTS
      ? [{ name: 'screenshots', testMatch: SCREENSHOTS_SPEC, use: { ...devices['Desktop Chrome'], channel: undefined } }]
      : []),
  ],
  webServer: [
    {
      // `npm run test:e2e` builds the web app first; the server serves dist/web.
      command: 'node bin/steady.mjs serve',
      url: `http://127.0.0.1:${PORT}/api/health`,
      env: { ...serverEnv, PORT: String(PORT), DATA_DIR: dataDir },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The same server with STEADY_TEST_CLOCK=1: PUT /api/test/clock exists only here (see src/server/test-clock.ts).
      command: 'node bin/steady.mjs serve',
      url: `http://127.0.0.1:${CLOCKED_PORT}/api/health`,
      env: { ...serverEnv, PORT: String(CLOCKED_PORT), DATA_DIR: clockedDataDir, STEADY_TEST_CLOCK: '1' },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
