import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import * as schema from "../../db/schema";
import { resources } from "~/i18n/resources";
import { useTestDatabase } from "../helpers/db";
import {
  buildLogisticsWorld,
  getLogistics,
  postLogistics,
  rowCounts,
  setForm,
  submissionOf,
  type World,
} from "./logistics-forms-fixtures";

useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await buildLogisticsWorld();
});

const DAY = 86_400_000;
const own = () => w.apps.own.id;
const body = (outcome: { body: unknown }) =>
  outcome.body as { refusal: string; errors: Record<string, string> };

/** A translation key exists, in French and in English. */
function translated(key: string): boolean {
  const lookup = (tree: unknown) =>
    key
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  return (
    typeof lookup(resources.fr.logistics) === "string" && typeof lookup(resources.en.logistics) === "string"
  );
}

describe("who reaches the logistics pages", () => {
  it("shows an exhibitor the checklist of its accepted application: every enabled form, to do", async () => {
    const outcome = await getLogistics(own(), null, w.cookies.own);
    expect(outcome.status).toBe(200);
    const rows = (outcome.body as { rows: { kind: string; status: string; mandatory: boolean }[] }).rows;
    expect(rows.map((r) => r.kind)).toEqual([...schema.logisticsFormKinds]);
    expect(rows.every((r) => r.status === "todo")).toBe(true);
    expect(rows.find((r) => r.kind === "vehicle")?.mandatory).toBe(false);
  });

  it.each([
    ["another organisation's exhibitor", "rival", 403],
    ["staff", "staff", 403],
    ["an organiser", "organiser", 403],
  ] as const)(
    "refuses %s, on the checklist, the form page and its action, storing nothing",
    async (_who, cookie, status) => {
      const before = rowCounts();
      expect((await getLogistics(own(), null, w.cookies[cookie])).status).toBe(status);
      expect((await getLogistics(own(), "electrical", w.cookies[cookie])).status).toBe(status);
      const post = await postLogistics(
        own(),
        "electrical",
        { intent: "submit", version: "0", kw: "3", phases: "1" },
        w.cookies[cookie],
      );
      expect(post.status).toBe(status);
      expect(rowCounts()).toEqual(before);
    },
  );

  it("answers 404 for an application not accepted, an unknown id, an unknown or disabled form", async () => {
    expect((await getLogistics(w.apps.pending.id, null, w.cookies.pending)).status).toBe(404);
    expect((await getLogistics(999_999, null, w.cookies.own)).status).toBe(404);
    expect((await getLogistics(own(), "catering", w.cookies.own)).status).toBe(404);
    setForm(w.event.id, "vehicle", { enabled: false });
    expect((await getLogistics(own(), "vehicle", w.cookies.own)).status).toBe(404);
    expect(
      (
        await postLogistics(
          own(),
          "vehicle",
          { intent: "submit", version: "0", plate: "AB-123-CD", lengthM: "6", heightM: "2.5" },
          w.cookies.own,
        )
      ).status,
    ).toBe(404);
    setForm(w.event.id, "vehicle", { enabled: true });
  });

  it("sends a visitor without a session to the login page", async () => {
    const outcome = await getLogistics(own(), null, "");
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});

describe("bad input on every form: a 400 with a message next to the field, nothing stored", () => {
  const cases: [string, () => Record<string, string>, string[] | (() => string[])][] = [
    ["electrical", () => ({ kw: "300", phases: "2" }), ["kw", "phases"]],
    ["electrical", () => ({ kw: "beaucoup", phases: "1" }), ["kw"]],
    [
      "furniture",
      () => ({ [`qty.${w.items.chair.id}`]: "-1", [`qty.${w.items.table.id}`]: "1.5" }),
      () => [`qty.${w.items.chair.id}`, `qty.${w.items.table.id}`],
    ],
    ["furniture", () => ({ [`qty.${w.items.chair.id}`]: "100" }), () => [`qty.${w.items.chair.id}`]],
    [
      "badges",
      () =>
        Object.fromEntries(
          Array.from({ length: 5 }, (_, i) => [
            [`badges.${i}.name`, `Person ${i}`],
            [`badges.${i}.role`, "staff"],
          ]).flat(),
        ),
      ["badges"],
    ],
    [
      "badges",
      () => ({
        "badges.0.name": "x".repeat(81),
        "badges.0.role": "staff",
        "badges.1.name": "Ana",
        "badges.1.role": "boss",
      }),
      ["badges.0.name", "badges.1.role"],
    ],
    ["badges", () => ({ "badges.0.name": "Ana" }), ["badges.0.role"]],
    ["load_in", () => ({ slotId: "abc" }), ["slotId"]],
    ["load_in", () => ({}), ["slotId"]],
    ["vehicle", () => ({ plate: "!!", lengthM: "0.5", heightM: "9" }), ["plate", "lengthM", "heightM"]],
    [
      "insurance",
      () => ({ insurer: " ", policyNumber: "P-1", validUntil: "2025-13-45" }),
      ["insurer", "validUntil"],
    ],
    ["fire_rating", () => ({}), ["materials.0.name"]],
    [
      "fire_rating",
      () => ({ "materials.0.name": "Moquette", "materials.0.rating": "M9" }),
      ["materials.0.rating"],
    ],
    ["machines", () => ({ lasers: "on", description: "Laser show" }), ["laserClass"]],
    [
      "machines",
      () => ({ lasers: "on", laserClass: "5", description: "x".repeat(2001) }),
      ["laserClass", "description"],
    ],
    ["safety_rules", () => ({ signatoryName: "" }), ["accepted", "signatoryName"]],
  ];

  it.each(cases)("%s %#", async (kind, fields, expected) => {
    const before = rowCounts();
    const outcome = await postLogistics(
      own(),
      kind,
      { intent: "submit", version: "0", ...fields() },
      w.cookies.own,
    );
    expect(outcome.status).toBe(400);
    const { refusal, errors } = body(outcome);
    expect(refusal).toBe("invalid");
    expect(Object.keys(errors).sort()).toEqual(
      [...(typeof expected === "function" ? expected() : expected)].sort(),
    );
    for (const key of Object.values(errors)) expect(translated(key), key).toBe(true);
    expect(rowCounts()).toEqual(before);
  });

  it("refuses an unknown intent, a bad version, and a draft of a slot booking", async () => {
    const before = rowCounts();
    for (const fields of [
      { intent: "approve", version: "0", kw: "3", phases: "1" } as Record<string, string>,
      { intent: "submit", version: "-1", kw: "3", phases: "1" },
      { intent: "submit", kw: "3", phases: "1" },
    ])
      expect((await postLogistics(own(), "electrical", fields, w.cookies.own)).status).toBe(400);
    expect(
      (
        await postLogistics(
          own(),
          "load_in",
          { intent: "draft", version: "0", slotId: String(w.slots.wide.id) },
          w.cookies.own,
        )
      ).status,
    ).toBe(400);
    expect(rowCounts()).toEqual(before);
  });

  it("checks a draft's fields too, though it may leave some out", async () => {
    const before = rowCounts();
    const bad = await postLogistics(
      own(),
      "vehicle",
      { intent: "draft", version: "0", heightM: "12" },
      w.cookies.own,
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(body(bad).errors)).toEqual(["heightM"]);
    expect(rowCounts()).toEqual(before);
    const ok = await postLogistics(
      own(),
      "vehicle",
      { intent: "draft", version: "0", plate: "ab-123-cd" },
      w.cookies.own,
    );
    expect(ok.status).toBe(302);
    expect(submissionOf(w.event.id, own(), "vehicle")).toMatchObject({
      status: "draft",
      data: { plate: "AB-123-CD" },
      version: 1,
    });
  });
});

describe("the electrical order", () => {
  it("saves a draft without touching the stand's power demand", async () => {
    const outcome = await postLogistics(
      own(),
      "electrical",
      { intent: "draft", version: "0", kw: "5" },
      w.cookies.own,
    );
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toBe(
      `/portal/applications/${own()}/logistics/electrical?saved=draft`,
    );
    const app = getDb().select().from(schema.applications).where(eq(schema.applications.id, own())).get()!;
    expect(app.powerKw).toBe(2);
  });

  it("on submission becomes the application's powerKw, phases and 24 h supply, audited in the same transaction", async () => {
    const outcome = await postLogistics(
      own(),
      "electrical",
      { intent: "submit", version: "1", kw: "7,5", phases: "3", supply24h: "on" },
      w.cookies.own,
    );
    expect(outcome.status).toBe(302);
    const app = getDb().select().from(schema.applications).where(eq(schema.applications.id, own())).get()!;
    expect(app).toMatchObject({ powerKw: 7.5, phases: 3, power24h: true });
    expect(submissionOf(w.event.id, own(), "electrical")).toMatchObject({
      status: "submitted",
      version: 2,
      data: { kw: 7.5, phases: 3, supply24h: true },
    });
    const audit = getDb()
      .select()
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.entity, "application"), eq(schema.auditLog.action, "application.power-order")),
      )
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      before: { powerKw: 2, phases: 1, power24h: false },
      after: { powerKw: 7.5, phases: 3, power24h: true },
    });
  });

  it("refuses a stale version (another tab saved first) with a 409, changing nothing", async () => {
    const before = rowCounts();
    const outcome = await postLogistics(
      own(),
      "electrical",
      { intent: "submit", version: "1", kw: "1", phases: "1" },
      w.cookies.own,
    );
    expect(outcome.status).toBe(409);
    expect(body(outcome).refusal).toBe("conflict");
    expect(
      getDb().select().from(schema.applications).where(eq(schema.applications.id, own())).get()!.powerKw,
    ).toBe(7.5);
    expect(rowCounts()).toEqual(before);
  });

  it("does not turn a submitted form back into a draft", async () => {
    const outcome = await postLogistics(
      own(),
      "electrical",
      { intent: "draft", version: "2", kw: "1" },
      w.cookies.own,
    );
    expect(outcome.status).toBe(409);
    expect(body(outcome).refusal).toBe("alreadySubmitted");
  });
});

describe("deadlines, approval and rejection", () => {
  it("after the deadline: a mandatory form never sent is late and can no longer be submitted", async () => {
    setForm(w.event.id, "safety_rules", { dueAt: new Date(Date.now() - DAY) });
    setForm(w.event.id, "vehicle", { dueAt: new Date(Date.now() - DAY) });
    const page = await getLogistics(own(), "safety_rules", w.cookies.own);
    expect((page.body as { view: { status: string; lock: string } }).view).toMatchObject({
      status: "late",
      lock: "deadline",
    });
    const before = rowCounts();
    const outcome = await postLogistics(
      own(),
      "safety_rules",
      { intent: "submit", version: "0", accepted: "on", signatoryName: "Léa Martin" },
      w.cookies.own,
    );
    expect(outcome.status).toBe(403);
    expect(body(outcome).refusal).toBe("deadline");
    expect(rowCounts()).toEqual(before);
    // An optional form past its deadline is locked but not late.
    const rows = (
      (await getLogistics(own(), null, w.cookies.own)).body as { rows: { kind: string; status: string }[] }
    ).rows;
    expect(rows.find((r) => r.kind === "safety_rules")?.status).toBe("late");
    expect(rows.find((r) => r.kind === "vehicle")?.status).toBe("draft");
    expect(
      (await postLogistics(own(), "vehicle", { intent: "draft", version: "1", plate: "AB-1" }, w.cookies.own))
        .status,
    ).toBe(403);
  });

  it("an approved form is final", async () => {
    const submission = submissionOf(w.event.id, own(), "electrical")!;
    getDb()
      .update(schema.formSubmissions)
      .set({ status: "approved" })
      .where(eq(schema.formSubmissions.id, submission.id))
      .run();
    const outcome = await postLogistics(
      own(),
      "electrical",
      { intent: "submit", version: String(submission.version), kw: "1", phases: "1" },
      w.cookies.own,
    );
    expect(outcome.status).toBe(403);
    expect(body(outcome).refusal).toBe("approved");
  });

  it("a rejected form shows the reason and can be corrected and resubmitted, even after its deadline", async () => {
    const submission = submissionOf(w.event.id, own(), "vehicle")!;
    getDb()
      .update(schema.formSubmissions)
      .set({ status: "rejected", rejectionReason: "Véhicule trop haut pour le quai." })
      .where(eq(schema.formSubmissions.id, submission.id))
      .run();
    const rows = (
      (await getLogistics(own(), null, w.cookies.own)).body as {
        rows: { kind: string; status: string; rejectionReason: string | null }[];
      }
    ).rows;
    expect(rows.find((r) => r.kind === "vehicle")).toMatchObject({
      status: "rejected",
      rejectionReason: "Véhicule trop haut pour le quai.",
    });
    const outcome = await postLogistics(
      own(),
      "vehicle",
      {
        intent: "submit",
        version: String(submission.version),
        plate: "AB-123-CD",
        lengthM: "6",
        heightM: "2,6",
      },
      w.cookies.own,
    );
    expect(outcome.status).toBe(302);
    expect(submissionOf(w.event.id, own(), "vehicle")).toMatchObject({
      status: "submitted",
      rejectionReason: null,
      data: { heightM: 2.6 },
    });
  });
});

describe("furniture and badges", () => {
  it("offers only active items and stores quantities of active items only", async () => {
    const page = await getLogistics(own(), "furniture", w.cookies.own);
    const items = (page.body as { view: { furniture: { code: string }[] } }).view.furniture;
    expect(items.map((i) => i.code)).toEqual(["CHAISE", "TABLE"]);
    const outcome = await postLogistics(
      own(),
      "furniture",
      {
        intent: "submit",
        version: "0",
        [`qty.${w.items.chair.id}`]: "4",
        [`qty.${w.items.table.id}`]: "1",
        [`qty.${w.items.oldRail.id}`]: "3",
      },
      w.cookies.own,
    );
    expect(outcome.status).toBe(302);
    expect(submissionOf(w.event.id, own(), "furniture")?.data).toEqual({
      lines: [
        { itemId: w.items.chair.id, quantity: 4 },
        { itemId: w.items.table.id, quantity: 1 },
      ],
    });
  });

  it("explains and enforces the badge limit of the assigned area", async () => {
    const page = await getLogistics(own(), "badges", w.cookies.own);
    expect((page.body as { view: { badges: unknown } }).view.badges).toEqual({
      areaM2: 18,
      base: 2,
      perM2: 9,
      limit: 4,
    });
    const four = Object.fromEntries(
      Array.from({ length: 4 }, (_, i) => [
        [`badges.${i}.name`, `Personne ${i}`],
        [`badges.${i}.role`, "exhibitor"],
      ]).flat(),
    );
    const outcome = await postLogistics(
      own(),
      "badges",
      { intent: "submit", version: "0", ...four, "badges.3.role": "installer" },
      w.cookies.own,
    );
    expect(outcome.status).toBe(302);
    const badges = (submissionOf(w.event.id, own(), "badges")?.data as { badges: { role: string }[] }).badges;
    expect(badges).toHaveLength(4);
    expect(badges[3]?.role).toBe("installer");
    // The organisers lower the allowance: five is refused, and so would be a fifth row.
    setForm(w.event.id, "badges", { settings: { badgesBase: 1, badgesPerM2: 18 } });
    const refused = await postLogistics(
      own(),
      "badges",
      { intent: "submit", version: "1", ...four },
      w.cookies.own,
    );
    expect(refused.status).toBe(400);
    expect(body(refused).errors).toEqual({ badges: "errors.badgesTooMany" });
  });
});
