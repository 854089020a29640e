import path from "node:path";
import { defineConfig } from "vite";

/**
 * The naive baseline of the editor bench, built on its own (`vite build --config` this file
 * `--outDir DIR`): no React Router, no app code, only React, react-konva and the pure floorplans
 * domain, so that the bench compares rendering strategies and nothing else.
 */
export default defineConfig({
  root: import.meta.dirname,
  // Served from whatever directory the bench copies the build to.
  base: "./",
  logLevel: "warn",
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "../../../app") } },
  // A production build like the app's: the development build of React would inflate the baseline.
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: { emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
});
