import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { auditLog, authTokens, loginAttempts, outbox, sessions, users } from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { action as loginAction } from "~/routes/auth/login";
import { action as forgotAction } from "~/routes/auth/forgot-password";
import { action as resetAction } from "~/routes/auth/reset-password";
import { action as inviteAction } from "~/routes/auth/invite";
import { createToken, INVITE_TOKEN_TTL_MS, RESET_TOKEN_TTL_MS } from "~/models/auth-token.server";
import { args, BASE, createTestUser, settle } from "./auth-fixtures";

useTestDatabase();

const HUGE = "x".repeat(1_000_000);

/** Bodies that no honest form would send: missing fields, huge values, files, JSON, plain text. */
function garbageBodies(fields: string[]): [string, () => RequestInit][] {
  const form = (entries: Record<string, string>) => () => ({
    method: "POST",
    body: new URLSearchParams(entries),
  });
  const everyField = (value: string) => Object.fromEntries(fields.map((f) => [f, value]));
  return [
    ["an empty form", form({})],
    ["blank fields", form(everyField("   "))],
    ["huge values", form(everyField(`${HUGE}@example.org`))],
    [
      "one huge field among valid ones",
      form({ ...everyField("valid value 12345@example.org"), [fields[0] ?? "x"]: HUGE }),
    ],
    [
      "files instead of text",
      () => {
        const body = new FormData();
        for (const field of fields) body.append(field, new Blob(["not text"]), "payload.bin");
        return { method: "POST", body };
      },
    ],
    [
      "a JSON body",
      () => ({
        method: "POST",
        body: JSON.stringify(everyField("a@example.org")),
        headers: { "Content-Type": "application/json" },
      }),
    ],
    [
      "plain text",
      () => ({ method: "POST", body: "email=a@example.org", headers: { "Content-Type": "text/plain" } }),
    ],
    ["unknown fields only", form({ role: "organiser", isAdmin: "true", constructor: "x" })],
  ];
}

function counts() {
  const db = getDb();
  return {
    users: db.$count(users),
    sessions: db.$count(sessions),
    tokens: db.$count(authTokens),
    attempts: db.$count(loginAttempts),
    outbox: db.$count(outbox),
    audit: db.$count(auditLog),
  };
}

type AnyAction = (input: never) => unknown;
const forms: {
  name: string;
  path: () => Promise<{ url: string; params: Record<string, string> }>;
  action: AnyAction;
  fields: string[];
}[] = [
  {
    name: "login",
    path: async () => ({ url: "/login", params: {} }),
    action: loginAction as AnyAction,
    fields: ["email", "password"],
  },
  {
    name: "forgot-password",
    path: async () => ({ url: "/forgot-password", params: {} }),
    action: forgotAction as AnyAction,
    fields: ["email"],
  },
  {
    name: "reset-password",
    path: async () => {
      const user = await createTestUser("staff");
      const token = createToken("reset", { userId: user.id, email: user.email, ttlMs: RESET_TOKEN_TTL_MS });
      return { url: `/reset-password/${token}`, params: { token } };
    },
    action: resetAction as AnyAction,
    fields: ["password", "confirmPassword"],
  },
  {
    name: "invite",
    path: async () => {
      const user = await createTestUser("exhibitor", { password: null });
      const token = createToken("invite", { userId: user.id, email: user.email, ttlMs: INVITE_TOKEN_TTL_MS });
      return { url: `/invite/${token}`, params: { token } };
    },
    action: inviteAction as AnyAction,
    fields: ["name", "password", "confirmPassword"],
  },
];

describe.each(forms)("the $name form", ({ path, action, fields }) => {
  it.each(garbageBodies(fields))("answers 400 to %s and stores nothing", async (_label, init) => {
    const { url, params } = await path();
    const before = counts();
    const result = await settle(() => action(args(new Request(`${BASE}${url}`, init()), params) as never));
    expect(result.status).toBe(400);
    const errors = (result.body as { errors: Record<string, string> }).errors;
    expect(Object.keys(errors).length).toBeGreaterThan(0);
    for (const code of Object.values(errors)) {
      expect([
        "required",
        "invalid",
        "emailInvalid",
        "tooLong",
        "passwordTooShort",
        "passwordMismatch",
      ]).toContain(code);
    }
    expect(counts()).toEqual(before);
    // Nothing typed is sent back at full size.
    expect(JSON.stringify(result.body).length).toBeLessThan(2_000);
  });
});

describe("field messages", () => {
  it("names the problem of each login field", async () => {
    const request = new Request(`${BASE}/login`, {
      method: "POST",
      body: new URLSearchParams({ email: "not-an-email", password: "" }),
    });
    const result = await settle(() => loginAction(args(request)));
    expect(result).toMatchObject({
      status: 400,
      body: { errors: { email: "emailInvalid", password: "required" }, email: "not-an-email" },
    });
  });
});
