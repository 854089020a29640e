import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { organisations, sessions } from "../../db/schema";
import type { Role } from "../../db/schema";
import { createUser } from "~/models/user.server";

/** Shared by the auth and e-mail integration tests: real rows, real requests, no mocks. */

export const PASSWORD = "correct horse battery staple";
export const BASE = "http://localhost";

let counter = 0;
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}

/** A distinct client address per test, so the per-address lock of one test never leaks into another. */
export function uniqueAddress(): string {
  counter += 1;
  // What the client claimed first, then the address our trusted proxy appended (the one that counts).
  return `10.0.0.1, 203.0.113.${counter % 250}`;
}

export function createOrganisation(slug = `org-${++counter}`): number {
  return getDb().insert(organisations).values({ slug, name: slug, sector: "xr" }).returning().get().id;
}

export async function createTestUser(
  role: Role,
  options: { email?: string; password?: string | null; organisationId?: number | null } = {},
) {
  const organisationId = options.organisationId ?? (role === "exhibitor" ? createOrganisation() : null);
  return createUser({
    email: options.email ?? uniqueEmail(role),
    name: `Test ${role}`,
    role,
    organisationId,
    locale: "fr",
    ...(options.password === null ? {} : { password: options.password ?? PASSWORD }),
  });
}

export function postForm(
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Request {
  return new Request(`${BASE}${path}`, { method: "POST", body: new URLSearchParams(fields), headers });
}

/** What a loader or action returned (or threw), whatever its shape: Response, data(...) or a plain object. */
export type Outcome = { status: number; headers: Headers; body: unknown };
export async function settle(run: () => unknown): Promise<Outcome> {
  let value: unknown;
  try {
    value = await run();
  } catch (thrown) {
    value = thrown;
  }
  if (value instanceof Response) {
    const text = await value.text();
    return { status: value.status, headers: value.headers, body: text };
  }
  if (value && typeof value === "object" && "type" in value && value.type === "DataWithResponseInit") {
    const { data, init } = value as unknown as { data: unknown; init: ResponseInit | null };
    return { status: init?.status ?? 200, headers: new Headers(init?.headers), body: data };
  }
  if (value instanceof Error) throw value;
  return { status: 200, headers: new Headers(), body: value };
}

/** The `name=value` pair of a Set-Cookie header, to send back as a Cookie header. */
export function cookiePair(setCookie: string | null): string {
  if (!setCookie) throw new Error("no Set-Cookie header");
  return setCookie.split(";")[0] ?? "";
}

/** The raw session token inside a `__session` cookie (React Router encodes it as base64 JSON). */
export function tokenFromCookie(pair: string): string {
  const value = pair.slice(pair.indexOf("=") + 1);
  return JSON.parse(decodeURIComponent(atob(decodeURIComponent(value)))) as string;
}

export function sessionRowsOf(userId: number) {
  return getDb().select().from(sessions).where(eq(sessions.userId, userId)).all();
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** Route module functions take more than a request; tests pass only what these routes read. */
export function args<T>(request: Request, params: Record<string, string> = {}): T {
  return { request, params, context: {} } as unknown as T;
}
