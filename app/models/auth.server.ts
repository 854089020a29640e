import { redirect } from "react-router";
import type { Locale, Role } from "../../db/schema";
import { hashPassword, verifyPassword } from "./password.server";
import {
  clearLoginFailures,
  getLockedUntil,
  loginAttemptKeys,
  recordLoginFailure,
} from "./rate-limit.server";
import {
  clearSessionCookie,
  commitSessionCookie,
  createSession,
  deleteExpiredSessions,
  deleteSession,
  getSessionUserId,
  readSessionToken,
} from "./session.server";
import { getUserById, getUserCredentials, normaliseEmail, type User } from "./user.server";

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  organisationId: number | null;
  locale: Locale;
};

export type LoginResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "credentials" }
  | { ok: false; reason: "locked"; lockedUntil: Date };

export function toSessionUser(user: User): SessionUser {
  const { id, email, name, role, organisationId, locale } = user;
  return { id, email, name, role, organisationId, locale };
}

/** The logged-in user, and whether the request carried a session cookie that turned out to be dead. */
async function readSession(request: Request): Promise<{ user: SessionUser | null; staleCookie: boolean }> {
  const { present, token } = await readSessionToken(request);
  if (!present) return { user: null, staleCookie: false };
  const userId = token ? getSessionUserId(token) : null;
  const user = userId === null ? undefined : getUserById(userId);
  if (!user || user.disabledAt) return { user: null, staleCookie: true };
  return { user: toSessionUser(user), staleCookie: false };
}

export async function getOptionalUser(request: Request): Promise<SessionUser | null> {
  return (await readSession(request)).user;
}

/** Headers that drop a tampered, unknown or expired session cookie; empty when there is none to drop. */
export async function staleSessionHeaders(request: Request): Promise<Headers> {
  return clearingHeaders((await readSession(request)).staleCookie);
}

async function clearingHeaders(staleCookie: boolean): Promise<Headers> {
  const headers = new Headers();
  if (staleCookie) headers.append("Set-Cookie", await clearSessionCookie());
  return headers;
}

/**
 * The page to come back to after logging in, for a request that found no session. A client-side
 * navigation or fetcher asks React Router's data URL of the page (`/x/y.data`, `/x/_.data` for
 * `/x/`, `/_root.data` for `/`, with a `_routes` parameter): that URL is not a page (404 after login),
 * so the page's own path is given instead.
 */
export function loginReturnPath(requestUrl: string | URL): string {
  const url = new URL(requestUrl);
  let pathname = url.pathname;
  if (pathname === "/_root.data") pathname = "/";
  else if (pathname.endsWith("/_.data")) pathname = pathname.slice(0, -"_.data".length);
  else if (pathname.endsWith(".data")) pathname = pathname.slice(0, -".data".length);
  let search = url.search;
  if (url.searchParams.has("_routes")) {
    const params = new URLSearchParams(url.search);
    params.delete("_routes");
    search = params.size > 0 ? `?${params}` : "";
  }
  return (pathname || "/") + search;
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const { user, staleCookie } = await readSession(request);
  if (user) return user;
  const headers = await clearingHeaders(staleCookie);
  throw redirect(`/login?${new URLSearchParams({ redirectTo: loginReturnPath(request.url) })}`, { headers });
}

function forbidden(): Response {
  return new Response("Forbidden", { status: 403, statusText: "Forbidden" });
}

export async function requireRole(request: Request, ...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!roles.includes(user.role)) throw forbidden();
  return user;
}

/**
 * `requireRole` for resource routes called by the page's own scripts (`fetch`): without a session
 * it throws a JSON 401 `{ ok: false, code: "unauthenticated" }` instead of a redirect to the login
 * page (a script cannot follow a login page, and must keep the page — and its unsaved work — alive),
 * clearing a dead cookie as it goes; a role not listed gets a JSON 403 `{ ok: false, code: "forbidden" }`.
 */
export async function requireRoleForFetch(request: Request, ...roles: Role[]): Promise<SessionUser> {
  const { user, staleCookie } = await readSession(request);
  if (!user) {
    const headers = await clearingHeaders(staleCookie);
    throw Response.json({ ok: false, code: "unauthenticated" }, { status: 401, headers });
  }
  if (!roles.includes(user.role)) throw Response.json({ ok: false, code: "forbidden" }, { status: 403 });
  return user;
}

/** Organisers and staff see every organisation; an exhibitor only its own. */
export async function requireOrganisation(request: Request, organisationId: number): Promise<SessionUser> {
  const user = await requireUser(request);
  if (user.role === "exhibitor" && user.organisationId !== organisationId) throw forbidden();
  return user;
}

export function homePathFor(user: SessionUser): string {
  return user.role === "exhibitor" ? "/portal" : "/admin";
}

/**
 * A same-site path to go to after login, or null. Anything that a browser could read as another
 * origin is refused: `//evil.example`, `/\evil.example`, `https:`, `javascript:`, control characters.
 */
export function safeRedirectPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\p{Cc}]/u.test(value)) return null;
  const base = "http://allee.invalid";
  const url = new URL(value, base);
  if (url.origin !== base) return null;
  return url.pathname + url.search + url.hash;
}

// A real argon2id hash to verify against when the e-mail is unknown, so that both answers take as long.
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(`no-such-user-${Math.random()}`);
  return dummyHash;
}

/**
 * Checks an e-mail and password against the rate limits and the stored hash. An unknown e-mail, a
 * wrong password, an account without password and a disabled account all give the same answer.
 */
export async function verifyLogin(input: {
  email: string;
  password: string;
  clientAddress: string | null;
}): Promise<LoginResult> {
  const email = normaliseEmail(input.email);
  const keys = loginAttemptKeys(email, input.clientAddress);
  const lockedUntil = getLockedUntil(keys);
  if (lockedUntil) return { ok: false, reason: "locked", lockedUntil };

  const credentials = getUserCredentials(email);
  const storedHash = credentials?.passwordHash ?? null;
  const matches = await verifyPassword(storedHash ?? (await getDummyHash()), input.password);
  if (credentials && storedHash && matches && !credentials.user.disabledAt) {
    clearLoginFailures(email);
    return { ok: true, user: toSessionUser(credentials.user) };
  }
  recordLoginFailure(keys);
  const lockedNow = getLockedUntil(keys);
  return lockedNow
    ? { ok: false, reason: "locked", lockedUntil: lockedNow }
    : { ok: false, reason: "credentials" };
}

/** Opens a fresh session (never reusing a token the browser came with) and redirects with its cookie. */
export async function redirectWithNewSession(userId: number, to: string): Promise<Response> {
  deleteExpiredSessions();
  const token = createSession(userId);
  return redirect(to, { headers: { "Set-Cookie": await commitSessionCookie(token) } });
}

/** Ends the session of this browser (the row and the cookie) and sends it to the login page. */
export async function logout(request: Request): Promise<Response> {
  const { token } = await readSessionToken(request);
  if (token) deleteSession(token);
  return redirect("/login", { headers: { "Set-Cookie": await clearSessionCookie() } });
}
