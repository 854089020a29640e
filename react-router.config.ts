import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  // ALLEE_BUILD_DIR lets parallel work (or a benchmark) build beside the default build/ without clobbering it.
  buildDirectory: process.env.ALLEE_BUILD_DIR || "build",
  // Every route is known from the first page: no /__manifest requests, and no observer that scans
  // the page's links after each change of the DOM (the editor's list changes during a drag).
  routeDiscovery: { mode: "initial" },
  // Opt into React Router 8's behaviour now, so the move to 8 (Node 22) is a version bump (ADR 001).
  future: {
    v8_middleware: true,
    v8_passThroughRequests: true,
    v8_splitRouteModules: true,
    v8_trailingSlashAwareDataRequests: true,
    v8_viteEnvironmentApi: true,
  },
} satisfies Config;
