import { defineConfig } from "vitest/config";

// End-to-end journeys: the built app served on a free port with a freshly seeded database,
// driven through Debian's Chromium by playwright-core. `npm test` builds the app first.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One server and one database: the journeys run one file at a time.
    fileParallelism: false,
    pool: "forks",
  },
});
