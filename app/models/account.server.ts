import { getDb } from "../../db/client";
import type { Locale, Role } from "../../db/schema";
import { recordAudit } from "./audit.server";
import {
  consumeToken,
  createToken,
  INVITE_TOKEN_TTL_MS,
  inspectToken,
  RESET_TOKEN_TTL_MS,
  revokeUserTokens,
  type TokenFailure,
} from "./auth-token.server";
import { sendEmail } from "./email.server";
import { hashPassword } from "./password.server";
import { deleteUserSessions } from "./session.server";
import {
  getUserByEmail,
  getUserById,
  insertUser,
  setUserName,
  setUserPasswordHash,
  userHasPassword,
  type User,
} from "./user.server";

/**
 * E-mails a one-hour, single-use reset link when the e-mail belongs to an active account, and does
 * nothing otherwise: the caller shows the same neutral message either way. An invited user whose
 * invitation expired gets a link too, since setting a first password is the same act.
 */
export async function requestPasswordReset(email: string, origin: string): Promise<void> {
  const user = getUserByEmail(email);
  if (!user || user.disabledAt) return;
  const token = createToken("reset", { userId: user.id, email: user.email, ttlMs: RESET_TOKEN_TTL_MS });
  await sendEmail({
    to: user.email,
    template: "reset",
    locale: user.locale,
    vars: { name: user.name, url: `${origin}/reset-password/${token}` },
  });
}

export type PasswordChange = { ok: true; user: User } | { ok: false; reason: TokenFailure };

/**
 * Spends a link of `kind` and sets the user's password, in one transaction: the token, the new hash,
 * the other open links of that kind, every session of the user and the audit line succeed or fail together.
 */
async function setPasswordWithToken(
  kind: "reset" | "invite",
  rawToken: string,
  password: string,
  name?: string,
): Promise<PasswordChange> {
  // Hash first: argon2 is asynchronous and better-sqlite3 transactions cannot await.
  const passwordHash = await hashPassword(password);
  return getDb().transaction((tx): PasswordChange => {
    const check = consumeToken(kind, rawToken, tx);
    if (!check.ok) return check;
    const userId = check.token.userId;
    const user = userId === null ? undefined : getUserById(userId, tx);
    // The spent token is worthless anyway: a disabled or deleted account cannot be revived by a link.
    if (!user || user.disabledAt) return { ok: false, reason: "invalid" };
    setUserPasswordHash(user.id, passwordHash, tx);
    if (name !== undefined) setUserName(user.id, name, tx);
    revokeUserTokens(kind, user.id, check.token.id, tx);
    deleteUserSessions(user.id, tx);
    recordAudit(
      {
        userId: user.id,
        entity: "user",
        entityId: String(user.id),
        action: kind === "reset" ? "password.reset" : "invite.accept",
      },
      tx,
    );
    return { ok: true, user: getUserById(user.id, tx) ?? user };
  });
}

/** Sets a new password from a reset link; every session of the user ends. */
export function resetPassword(rawToken: string, password: string): Promise<PasswordChange> {
  return setPasswordWithToken("reset", rawToken, password);
}

/** Sets the first password (and the name) of an invited user; the caller then logs them in. */
export function acceptInvitation(
  rawToken: string,
  input: { password: string; name: string },
): Promise<PasswordChange> {
  return setPasswordWithToken("invite", rawToken, input.password, input.name);
}

export type Invitation = { ok: true; email: string; name: string } | { ok: false; reason: TokenFailure };

/** Who an invitation link is for, without using it up (the page shows the address it activates). */
export function getInvitation(rawToken: unknown): Invitation {
  const check = inspectToken("invite", rawToken);
  if (!check.ok) return check;
  const user = check.token.userId === null ? undefined : getUserById(check.token.userId);
  if (!user || user.disabledAt) return { ok: false, reason: "invalid" };
  return { ok: true, email: user.email, name: user.name };
}

export type InviteInput = {
  email: string;
  name: string;
  role: Role;
  organisationId: number | null;
  locale: Locale;
  /** Who sends the invitation, for the audit log. */
  invitedBy: number | null;
  /** Public origin for the link, e.g. publicOrigin(request). */
  origin: string;
};

export type InviteResult =
  | { status: "invited"; user: User; created: boolean }
  /** The account already has a password: no link is sent (the caller may send a `notice`). */
  | { status: "already-active"; user: User }
  /** The e-mail belongs to an account with another role or organisation: nothing is changed. */
  | { status: "conflict"; user: User };

/**
 * Creates the user when needed (without password) and e-mails a 7-day, single-use invitation link.
 * Inviting again an account that has not set its password yet sends a fresh link.
 */
export async function inviteUser(input: InviteInput): Promise<InviteResult> {
  const outcome = getDb().transaction((tx) => {
    const existing = getUserByEmail(input.email, tx);
    if (existing && (existing.role !== input.role || existing.organisationId !== input.organisationId)) {
      return { status: "conflict" as const, user: existing };
    }
    if (existing && userHasPassword(existing.id, tx))
      return { status: "already-active" as const, user: existing };
    const { invitedBy, origin: _origin, ...fields } = input;
    const user = existing ?? insertUser(fields, null, tx);
    const token = createToken(
      "invite",
      { userId: user.id, email: user.email, ttlMs: INVITE_TOKEN_TTL_MS },
      tx,
    );
    recordAudit(
      {
        userId: invitedBy,
        entity: "user",
        entityId: String(user.id),
        action: "invite.send",
        after: { email: user.email, role: user.role },
      },
      tx,
    );
    return { status: "invited" as const, user, created: !existing, token };
  });
  if (outcome.status !== "invited") return outcome;
  const { token, ...result } = outcome;
  await sendEmail({
    to: result.user.email,
    template: "invite",
    locale: result.user.locale,
    vars: { name: result.user.name, email: result.user.email, url: `${input.origin}/invite/${token}` },
  });
  return result;
}
