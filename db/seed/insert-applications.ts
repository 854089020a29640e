import { applications, applicationWishes, auditLog } from "../schema";
import type { DbHandle } from "../../app/models/plan.server";
import type { SeedApplication } from "./data/application";
import { DEMOS } from "./data/demos";
import { organisationDomain } from "./data/organisations";
import { FIRST_NAMES_FR, LAST_NAMES_FR, NAMES_BY_COUNTRY, PHONE_PREFIX } from "./data/people";
import type { SeedUser } from "./data/users";
import type { Random } from "./prng";

const DAY_MS = 86_400_000;
const DECIDED = new Set(["accepted", "waitlisted", "rejected", "confirmed"]);

export interface ApplicationWindow {
  opensAt: Date;
  closesAt: Date;
}

function emailLocalPart(first: string): string {
  return first
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "-");
}

/**
 * Inserts an event's applications with plausible contacts and dates inside the application window
 * (all drawn from the seeded PRNG); returns slug → application id.
 */
export function insertApplications(
  db: DbHandle,
  random: Random,
  input: {
    eventId: number;
    window: ApplicationWindow;
    applications: SeedApplication[];
    organisations: Map<string, { id: number; country: string }>;
    users: SeedUser[];
    /** Who took the decisions in the history written beside each application. */
    organiserId?: number | null;
  },
): Map<string, number> {
  const { opensAt, closesAt } = input.window;
  const span = closesAt.getTime() - opensAt.getTime();
  const rows = input.applications.map((a) => {
    const org = input.organisations.get(a.slug);
    if (!org) throw new Error(`application for an unknown organisation: ${a.slug}`);
    const names = NAMES_BY_COUNTRY[org.country] ?? { first: FIRST_NAMES_FR, last: LAST_NAMES_FR };
    const first = random.pick(names.first);
    const last = random.pick(names.last);
    const user = input.users.find((u) => u.organisation === a.slug);
    const digits = Array.from({ length: 7 }, () => random.int(0, 9)).join("");
    const createdAt = new Date(opensAt.getTime() + Math.floor(random.next() * span * 0.7));
    const submittedAt =
      a.status === "draft" ? null : new Date(createdAt.getTime() + random.int(1, 20) * DAY_MS);
    const decidedAt =
      DECIDED.has(a.status) || a.status === "withdrawn"
        ? new Date(closesAt.getTime() + random.int(2, 16) * DAY_MS)
        : null;
    const demo = DEMOS[a.slug];
    return {
      eventId: input.eventId,
      organisationId: org.id,
      status: a.status,
      standKind: a.standKind,
      requestedAreaM2: a.requestedAreaM2,
      powerKw: a.powerKw,
      phases: a.phases,
      power24h: a.power24h,
      demoDescription: demo?.description ?? "",
      declarations: demo?.declarations ?? { machines: false, lasers: false, drones: false, vrRigs: false },
      noise: a.noise,
      pavilionCode: a.pavilion,
      priority: a.priority,
      contactName: user?.name ?? `${first} ${last}`,
      contactEmail: user?.email ?? `${emailLocalPart(first)}@${organisationDomain(a.slug)}`,
      contactPhone: `${PHONE_PREFIX[org.country] ?? PHONE_PREFIX.FR} ${digits.slice(0, 3)} ${digits.slice(3)}`,
      notes: a.notes,
      submittedAt,
      decidedAt,
      createdAt,
      updatedAt: decidedAt ?? submittedAt ?? createdAt,
    };
  });
  const inserted = db
    .insert(applications)
    .values(rows)
    .returning({ id: applications.id, organisationId: applications.organisationId })
    .all();
  insertHistory(
    db,
    input.eventId,
    rows.map((row, i) => ({ ...row, id: inserted[i]!.id })),
    input.organiserId ?? null,
  );
  const slugOf = new Map([...input.organisations].map(([slug, o]) => [o.id, slug]));
  return new Map(inserted.map((r) => [slugOf.get(r.organisationId)!, r.id]));
}

type AuditRow = typeof auditLog.$inferInsert;

/**
 * The audit trail the application would have had if it had gone through the app: created, submitted,
 * taken into review, decided, then confirmed or withdrawn — so the history panels of the demo are not
 * empty. Offsets are derived from the dates already drawn (no PRNG draw, so the rest of the seed is
 * unchanged).
 */
function insertHistory(
  db: DbHandle,
  eventId: number,
  rows: {
    id: number;
    status: string;
    createdAt: Date;
    submittedAt: Date | null;
    decidedAt: Date | null;
  }[],
  organiserId: number | null,
): void {
  const audit: AuditRow[] = [];
  const at = (date: Date, plusDays = 0) => new Date(date.getTime() + plusDays * DAY_MS);
  for (const row of rows) {
    const base = { eventId, entity: "application", entityId: String(row.id) };
    const status = (date: Date, from: string, to: string): AuditRow => ({
      ...base,
      at: date,
      userId: organiserId,
      action: "status",
      before: { status: from },
      after: { status: to },
    });
    audit.push({
      ...base,
      at: row.createdAt,
      userId: null,
      action: "application.create",
      after: { status: "draft" },
    });
    if (!row.submittedAt) continue;
    audit.push({
      ...base,
      at: row.submittedAt,
      userId: null,
      action: "application.submit",
      before: { status: "draft" },
      after: { status: "submitted" },
    });
    if (row.status === "submitted") continue;
    const reviewAt = row.decidedAt ? at(row.decidedAt, -1) : at(row.submittedAt, 2 + (row.id % 5));
    audit.push(status(reviewAt, "submitted", "in_review"));
    if (row.status === "in_review" || !row.decidedAt) continue;
    const decision = row.status === "confirmed" || row.status === "withdrawn" ? "accepted" : row.status;
    audit.push(status(row.decidedAt, "in_review", decision));
    if (decision === "accepted" && row.status !== "accepted")
      audit.push({ ...status(at(row.decidedAt, 2 + (row.id % 4)), "accepted", row.status), userId: null });
  }
  if (audit.length > 0) db.insert(auditLog).values(audit).run();
}

/** Near/avoid wishes; both ends must have applied (a wish belongs to an application). */
export function insertWishes(
  db: DbHandle,
  wishes: [string, "near" | "avoid", string][],
  applicationBySlug: Map<string, number>,
  organisations: Map<string, { id: number }>,
): number {
  const rows = wishes.map(([from, kind, to]) => {
    const applicationId = applicationBySlug.get(from);
    const organisationId = organisations.get(to)?.id;
    if (applicationId === undefined || organisationId === undefined)
      throw new Error(`wish ${from} → ${to}: unknown organisation or no application`);
    return { applicationId, organisationId, kind };
  });
  if (rows.length > 0) db.insert(applicationWishes).values(rows).run();
  return rows.length;
}
