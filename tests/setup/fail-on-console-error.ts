import { afterEach, beforeEach, vi } from "vitest";

// As in the Epic Stack: an unexpected console.error fails the test. A test that expects one
// spies on console.error itself (vi.spyOn(console, "error").mockImplementation(() => {})).
let spy: ReturnType<typeof vi.spyOn> | undefined;
beforeEach(() => {
  spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(" ")}`);
  });
});
afterEach(() => {
  spy?.mockRestore();
});
