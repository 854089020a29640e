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
