import net, { type AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "../../db/client";
import { outbox } from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { action as forgotAction } from "~/routes/auth/forgot-password";
import { sendEmail } from "~/models/email.server";
import { args, createTestUser, postForm, settle, uniqueEmail } from "./auth-fixtures";

useTestDatabase();

type Received = { from: string; to: string[]; raw: string; user: string | undefined };
const received: Received[] = [];

// A real SMTP receiver in this process: what nodemailer sends is what a mail server would get.
const server = new SMTPServer({
  authOptional: true,
  allowInsecureAuth: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onAuth(auth, _session, callback) {
    if (auth.username === "allee" && auth.password === "s3cret") callback(null, { user: auth.username });
    else callback(new Error("bad credentials"));
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString("utf8"),
        user: typeof session.user === "string" ? session.user : undefined,
      });
      callback();
    });
  },
});
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** RFC 2047 words (=?UTF-8?Q?…?= / ?B?) in a header, after unfolding. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
}

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0]?.replace(/\r?\n[ \t]+/g, " ") ?? "";
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return decodeHeader(line?.slice(name.length + 1).trim() ?? "");
}

/** The decoded text/plain part of a (possibly multipart) message. */
function textPart(raw: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  const part = parts.find((p) => /content-type:\s*text\/plain/i.test(p)) ?? "";
  const [head = "", ...rest] = part.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body, "base64").toString("utf8");
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head))
    return decodeQuotedPrintable(body).replace(/\r\n/g, "\n");
  return body.replace(/\r\n/g, "\n");
}

describe("e-mail over SMTP", () => {
  it("delivers the French reset e-mail through SMTP_URL and marks the outbox row as sent", async () => {
    vi.stubEnv("SMTP_URL", `smtp://allee:s3cret@127.0.0.1:${port}`);
    vi.stubEnv("MAIL_FROM", "Allée <bonjour@allee.example>");
    const user = await createTestUser("exhibitor");

    const result = await settle(() =>
      forgotAction(args(postForm("/forgot-password", { email: user.email }))),
    );
    expect(result.body).toMatchObject({ sent: true });

    // The page answers without waiting for delivery (same timing for unknown accounts).
    await vi.waitFor(() => {
      expect(received).toHaveLength(1);
      const row = getDb().select().from(outbox).where(eq(outbox.to, user.email)).get();
      expect(row?.sentAt).toBeInstanceOf(Date);
    });
    const message = received[0]!;
    expect(message.user).toBe("allee");
    expect(message.to).toEqual([user.email]);
    expect(message.from).toBe("bonjour@allee.example");
    expect(header(message.raw, "Subject")).toBe("Réinitialisation de votre mot de passe Allée");
    expect(header(message.raw, "To")).toBe(user.email);
    const text = textPart(message.raw);
    expect(text).toContain("Bonjour Test exhibitor,");
    expect(text).toContain("Vous avez demandé à changer le mot de passe de votre compte Allée.");
    expect(text).toMatch(/http:\/\/localhost\/reset-password\/[A-Za-z0-9_-]{43}/);
    expect(message.raw).toMatch(/content-type:\s*text\/html/i);

    const [row] = getDb().select().from(outbox).where(eq(outbox.to, user.email)).all();
    expect(row?.sentAt).toBeInstanceOf(Date);
    expect(row?.error).toBeNull();
    expect(row?.text).toBe(text.replace(/\n$/, "") + "\n");
  });

  it("keeps the message in the outbox with the error, warns, and does not throw when the server is unreachable", async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const free = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(free));
      });
    });
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${closed}`);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const to = uniqueEmail("unreachable");

    await expect(
      sendEmail({ to, template: "notice", locale: "fr", vars: { subject: "Essai", body: "Bonjour" } }),
    ).resolves.toBeUndefined();

    const [row] = getDb().select().from(outbox).where(eq(outbox.to, to)).all();
    expect(row?.sentAt).toBeNull();
    expect(row?.error).toMatch(/ECONNREFUSED|connect/i);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`was not delivered`));
    warn.mockRestore();
  });

  it("only records the message when SMTP_URL is not set", async () => {
    vi.stubEnv("SMTP_URL", "");
    const before = received.length;
    const to = uniqueEmail("offline");
    await sendEmail({
      to,
      template: "notice",
      locale: "en",
      vars: { subject: "Hello", body: "Offline demo" },
    });
    const [row] = getDb().select().from(outbox).where(eq(outbox.to, to)).all();
    expect(row).toMatchObject({
      subject: "Hello",
      template: "notice",
      locale: "en",
      sentAt: null,
      error: null,
    });
    expect(received.length).toBe(before);
  });

  it("refuses an invalid recipient before storing anything", async () => {
    await expect(
      sendEmail({
        to: "not an address",
        template: "notice",
        locale: "fr",
        vars: { subject: "S", body: "B" },
      }),
    ).rejects.toThrow();
    expect(getDb().select().from(outbox).where(eq(outbox.to, "not an address")).all()).toHaveLength(0);
  });
});
