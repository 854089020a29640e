import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit and integration tests (no browser). The Playwright journeys have their own config in tests/e2e/.
export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  test: {
    include: ["{app,db,floorplans,tests}/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
    pool: "forks",
    testTimeout: 20_000,
  },
});
