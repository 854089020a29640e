import { createCookie } from "react-router";
import { z } from "zod";
import { RESUME_TTL_MS } from "./application-form-options";
import { getCookieSecret } from "./cookie-secret.server";

/**
 * Which draft this browser is filling in. The value names the application, so it is signed
 * (HMAC-SHA256 with the cookie secret): a changed id or event fails the signature and reads as no
 * draft at all. The expiry inside the value holds even if a browser ignores Max-Age.
 */
function draftCookie() {
  return createCookie("apply_draft", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: process.env.NODE_ENV === "production",
    maxAge: RESUME_TTL_MS / 1000,
    secrets: [getCookieSecret()],
  });
}

const DraftValue = z.object({
  applicationId: z.number().int().positive(),
  eventId: z.number().int().positive(),
  expiresAt: z.number(),
});

export interface DraftReference {
  applicationId: number;
  eventId: number;
}

/** The draft of this browser for `eventId`, or null (no cookie, bad signature, other event, expired). */
export async function readDraftCookie(request: Request, eventId?: number): Promise<DraftReference | null> {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  let value: unknown;
  try {
    value = await draftCookie().parse(header);
  } catch {
    return null;
  }
  const parsed = DraftValue.safeParse(value);
  if (!parsed.success || parsed.data.expiresAt <= Date.now()) return null;
  if (eventId !== undefined && parsed.data.eventId !== eventId) return null;
  return { applicationId: parsed.data.applicationId, eventId: parsed.data.eventId };
}

export function commitDraftCookie(draft: DraftReference): Promise<string> {
  return draftCookie().serialize({ ...draft, expiresAt: Date.now() + RESUME_TTL_MS });
}

export function clearDraftCookie(): Promise<string> {
  return draftCookie().serialize("", { maxAge: 0 });
}
