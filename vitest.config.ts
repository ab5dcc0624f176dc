import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    environment: 'node',
    env: { ARGON2_FAST: '1' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here: more workers than that only adds contention on SQLite builds and PostgreSQL.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
