import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";
import path from "node:path";

export default defineConfig({
  plugins: [reactRouter()],
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  // Konva is client-only: the stage lives in *.client.tsx modules loaded after hydration.
  optimizeDeps: { include: ["react-konva", "konva"] },
  ssr: { external: ["better-sqlite3", "@node-rs/argon2"] },
});
