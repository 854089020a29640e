import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "../../db/client";

const cache = new Map<string, string>();

/**
 * The key that signs cookies carrying server-issued values (the applicant's draft). COOKIE_SECRET
 * wins; without it a random key is generated once and kept beside the database, so the demo works
 * with no configuration and restarts do not log applicants out of their drafts.
 */
export function getCookieSecret(): string {
  const configured = process.env.COOKIE_SECRET?.trim();
  if (configured) {
    if (configured.length < 32) throw new Error("COOKIE_SECRET must be at least 32 characters long");
    return configured;
  }
  const file = path.join(path.dirname(path.resolve(databasePath())), "cookie-secret");
  const cached = cache.get(file);
  if (cached) return cached;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // `wx`: if two processes start together, one writes and both read the same key.
    fs.writeFileSync(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = fs.readFileSync(file, "utf8").trim();
  cache.set(file, secret);
  return secret;
}
