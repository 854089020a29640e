import { count } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import { useTestDatabase } from "../helpers/db";
import { takeThrottles } from "~/models/throttle.server";
import { action as introAction } from "~/routes/apply/index";
import { action as stepAction } from "~/routes/apply/step";
import { settle } from "./auth-fixtures";
import { formRequest, insertOpenEvent, outboxTo, startDraft, validStart } from "./apply-fixtures";

useTestDatabase();

const args = (request: Request, params: Record<string, string>) =>
  ({ request, params, context: {} }) as never;

/** A request as our reverse proxy forwards it: the last X-Forwarded-For hop is the client. */
function fromAddress(request: Request, address: string): Request {
  const headers = new Headers(request.headers);
  headers.set("X-Forwarded-For", `10.0.0.1, ${address}`);
  return new Request(request, { headers });
}

const applicationCount = () => getDb().select({ n: count() }).from(schema.applications).get()!.n;

describe("takeThrottles", () => {
  const t0 = new Date("2026-01-01T10:00:00Z");
  it("allows max hits per window, refuses the next without counting it, and starts afresh after the window", () => {
    const throttle = [{ key: "unit:a", max: 2, windowMs: 60_000 }];
    expect(takeThrottles(throttle, t0).ok).toBe(true);
    expect(takeThrottles(throttle, new Date(t0.getTime() + 1_000)).ok).toBe(true);
    expect(takeThrottles(throttle, new Date(t0.getTime() + 20_000))).toEqual({ ok: false, retryAfterS: 40 });
    expect(takeThrottles(throttle, new Date(t0.getTime() + 60_000)).ok).toBe(true);
  });

  it("counts nothing on any key when one key is full", () => {
    const full = { key: "unit:full", max: 1, windowMs: 60_000 };
    const other = { key: "unit:other", max: 1, windowMs: 60_000 };
    expect(takeThrottles([full], t0).ok).toBe(true);
    expect(takeThrottles([other, full], t0).ok).toBe(false);
    expect(takeThrottles([other], t0).ok).toBe(true);
  });
});

describe("starting applications from one address", () => {
  beforeEach(() => vi.stubEnv("TRUST_PROXY", "1"));
  afterEach(() => vi.unstubAllEnvs());

  it("refuses the eleventh start within the hour with 429, stores nothing, and lets other addresses in", async () => {
    const { slug } = insertOpenEvent("throttle-start").event;
    const start = (address: string, i: number) =>
      settle(() =>
        stepAction(
          args(
            fromAddress(
              formRequest(
                `/apply/${slug}/organisation`,
                validStart({ contactEmail: `p${i}@studio-${i}.example` }),
              ),
              address,
            ),
            { slug, step: "organisation" },
          ),
        ),
      );
    for (let i = 0; i < 10; i++) expect((await start("203.0.113.7", i)).status).toBe(302);
    const before = applicationCount();
    const refused = await start("203.0.113.7", 10);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ alert: "tooMany" });
    expect(applicationCount()).toBe(before);
    expect((await start("198.51.100.9", 11)).status).toBe(302);
  });
});

describe("lost-link e-mails", () => {
  it("sends at most three links an hour to one address, answering the same every time", async () => {
    const { slug } = insertOpenEvent("throttle-resend").event;
    const email = "lea@lumen-throttle.example";
    await startDraft(slug, { contactEmail: email });
    const sentBefore = outboxTo(email).length;
    const answers = [];
    for (let i = 0; i < 5; i++) {
      const outcome = await settle(() =>
        introAction(args(formRequest(`/apply/${slug}`, { intent: "resend", email }), { slug })),
      );
      answers.push(outcome.body);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(outboxTo(email).length - sentBefore).toBe(3);
  });
});
