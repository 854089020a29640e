import type { AllocationProposal } from "../../../floorplans/allocation/types";
import type { Plan } from "../model";

/** What the allocation route answers, as the panel needs it. */
export type AllocationOutcome =
  | { kind: "proposal"; proposal: AllocationProposal; base: Plan }
  | { kind: "error"; message: "failed" | "invalidPlan" | "forbidden"; status: number };

export const ALLOCATION_SECONDS = 8;

export function allocatePath(slug: string): string {
  return `/admin/events/${encodeURIComponent(slug)}/plan/allocate`;
}

/** POSTs the editor's current plan; never throws (a network failure is an outcome too). */
export async function requestAllocation(
  slug: string,
  plan: Plan,
  signal: AbortSignal,
): Promise<AllocationOutcome> {
  let response: Response;
  try {
    response = await fetch(allocatePath(slug), {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ plan, seconds: ALLOCATION_SECONDS }),
      signal,
    });
  } catch {
    return { kind: "error", message: "failed", status: 0 };
  }
  if (response.status === 403) return { kind: "error", message: "forbidden", status: 403 };
  const body = (await response.json().catch(() => null)) as
    (AllocationProposal & { ok?: boolean; code?: string }) | null;
  if (response.ok && body?.ok) return { kind: "proposal", proposal: body, base: plan };
  return {
    kind: "error",
    message: body?.code === "invalid-plan" ? "invalidPlan" : "failed",
    status: response.status,
  };
}
