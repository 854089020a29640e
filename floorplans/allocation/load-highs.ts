import loadHighs, { type Highs } from "highs";

/**
 * The HiGHS WebAssembly runtime, loaded once per process. In Node the package's loader finds
 * highs.wasm beside itself (node_modules/highs/build), so no locateFile is needed — in the CLI,
 * on the server and under vitest alike. Loading takes ~100 ms; solves are synchronous after that.
 */
let runtime: Promise<Highs> | null = null;

export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs().catch((error: unknown) => {
    runtime = null;
    throw error;
  });
  return runtime;
}
