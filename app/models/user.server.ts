import { eq, getTableColumns } from "drizzle-orm";
import { getDb } from "../../db/client";
import { users, type Locale, type Role } from "../../db/schema";
import type { DbExecutor } from "./audit.server";
import { hashPassword } from "./password.server";

/** A user as the rest of the app sees it: the password hash never leaves this module and auth. */
export type User = Omit<typeof users.$inferSelect, "passwordHash">;

export type NewUser = {
  email: string;
  name: string;
  role: Role;
  organisationId: number | null;
  locale: Locale;
  /** Omitted for an invited user, who sets it through the invitation link. */
  password?: string;
};

const { passwordHash: _hidden, ...publicColumns } = getTableColumns(users);

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function getUserById(id: number, tx: DbExecutor = getDb()): User | undefined {
  return tx.select(publicColumns).from(users).where(eq(users.id, id)).get();
}

export function getUserByEmail(email: string, tx: DbExecutor = getDb()): User | undefined {
  return tx
    .select(publicColumns)
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .get();
}

/** The stored hash for a login attempt; null when the account has no password yet. */
export function getUserCredentials(email: string): { user: User; passwordHash: string | null } | undefined {
  const row = getDb()
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .get();
  if (!row) return undefined;
  const { passwordHash, ...user } = row;
  return { user, passwordHash };
}

export function userHasPassword(userId: number, tx: DbExecutor = getDb()): boolean {
  const row = tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
  return Boolean(row?.passwordHash);
}

/** Exhibitors belong to exactly one organisation, organisers and staff to none (schema rule). */
function assertOrganisationFitsRole(role: Role, organisationId: number | null): void {
  if (role === "exhibitor" && organisationId === null) {
    throw new Error("An exhibitor account needs an organisation.");
  }
  if (role !== "exhibitor" && organisationId !== null) {
    throw new Error(`A ${role} account cannot belong to an organisation.`);
  }
}

export function insertUser(
  input: Omit<NewUser, "password">,
  passwordHash: string | null,
  tx: DbExecutor = getDb(),
): User {
  assertOrganisationFitsRole(input.role, input.organisationId);
  const email = normaliseEmail(input.email);
  if (getUserByEmail(email, tx)) throw new Error(`A user with the e-mail ${email} already exists.`);
  return tx
    .insert(users)
    .values({ ...input, email, name: input.name.trim(), passwordHash })
    .returning(publicColumns)
    .get();
}

export async function createUser(input: NewUser): Promise<User> {
  const { password, ...rest } = input;
  // Hash before touching the database: better-sqlite3 transactions cannot await.
  const passwordHash = password === undefined ? null : await hashPassword(password);
  return insertUser(rest, passwordHash);
}

export function setUserLocale(userId: number, locale: Locale): void {
  getDb().update(users).set({ locale }).where(eq(users.id, userId)).run();
}

export function setUserPasswordHash(userId: number, passwordHash: string, tx: DbExecutor = getDb()): void {
  tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
}

export async function setUserPassword(userId: number, password: string): Promise<void> {
  setUserPasswordHash(userId, await hashPassword(password));
}

export function setUserName(userId: number, name: string, tx: DbExecutor = getDb()): void {
  tx.update(users).set({ name: name.trim() }).where(eq(users.id, userId)).run();
}
