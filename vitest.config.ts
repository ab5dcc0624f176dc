import { defineConfig } from 'vitest/config';

const WEB_TESTS = 'src/web/**/*.test.{ts,tsx}';

export default defineConfig({
  test: {
    env: { ARGON2_FAST: '1' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here: more workers than that only adds contention on SQLite builds and PostgreSQL.
    maxWorkers: 2,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: [WEB_TESTS], environment: 'node' },
      },
      {
        // The web client's logic runs against a browser-like DOM and IndexedDB, without a browser.
        extends: true,
        test: { name: 'web', include: [WEB_TESTS], environment: 'happy-dom', setupFiles: ['src/web/testing/setup.ts'] },
      },
    ],
  },
});
