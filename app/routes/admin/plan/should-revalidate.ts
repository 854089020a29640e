import type { ShouldRevalidateFunctionArgs } from "react-router";

/**
 * The editor keeps its own copy of the plan and learns the new version from each save's answer:
 * reloading a plan of thousands of stands after every autosave would cost much and give nothing.
 * A deliberate reload (« Recharger » after a conflict) is a GET revalidation and goes through.
 */
export function skipRevalidationAfterPosts({
  formMethod,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  if (formMethod && formMethod.toUpperCase() !== "GET") return false;
  return defaultShouldRevalidate;
}

/** What the plan page's clientAction answers when the server could not be reached or the session ended. */
export const UNREACHABLE_CODES = ["offline", "unauthenticated"] as const;

/**
 * For the layouts above the plan page (the root, the admin layout): after an action the plan page
 * answered itself because the server could not be reached or the session had ended, their data is
 * not reloaded. Reloading would fail the same way (the error page) or redirect to the login page —
 * and the editor, with its unsaved edits, would be gone.
 */
export function skipRevalidationAfterUnreachableAction({
  actionResult,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  const code = (actionResult as { code?: unknown } | null | undefined)?.code;
  if ((UNREACHABLE_CODES as readonly unknown[]).includes(code)) return false;
  return defaultShouldRevalidate;
}
