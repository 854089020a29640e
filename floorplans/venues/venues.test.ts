import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlanJson } from "../format/parse";
import type { Plan, Stand } from "../format/schema";
import { validatePlan } from "../rules/validate-plan";

// The demo event seeds from these files: they must parse, and break no error-severity rule.
function readVenue(name: string): { raw: Record<string, unknown>; plan: Plan } {
  const text = readFileSync(path.join(import.meta.dirname, name), "utf8");
  const result = parsePlanJson(text);
  if (!result.ok) throw new Error(`${name} is invalid: ${JSON.stringify(result.invalid)}`);
  return { raw: JSON.parse(text), plan: result.plan };
}

function standsOf(plan: Plan, hallId: string): Stand[] {
  return plan.stands.filter((s) => s.hallId === hallId);
}

function cableRunM(plan: Plan, stand: Stand): number {
  const box = plan.powerBoxes.find((b) => b.id === stand.powerBoxId);
  if (!box) return Infinity;
  const [bx, by] = box.at;
  const dx = Math.max(stand.x - bx, 0, bx - (stand.x + stand.width));
  const dy = Math.max(stand.y - by, 0, by - (stand.y + stand.depth));
  return dx + dy;
}

describe.each(["cartonnerie.plan.json", "seconde-nature-aix.plan.json"])("venue %s", (name) => {
  const { raw, plan } = readVenue(name);

  it("breaks no error-severity rule", () => {
    const errors = validatePlan(plan).filter((v) => v.severity === "error");
    expect(errors).toEqual([]);
  });

  it("states its assumptions and assigns no exhibitor (the seed does)", () => {
    expect(plan.assumptions?.length).toBeGreaterThanOrEqual(3);
    expect(plan.assumptions?.join(" ")).toMatch(/approximation/i);
    expect(plan.assumptions?.join(" ")).toMatch(/source: https?:\/\//);
    expect(raw.exhibitors).toBeUndefined();
    expect((raw.stands as Record<string, unknown>[]).some((s) => "exhibitorId" in s)).toBe(false);
  });

  it("names the venue of every hall, wires every stand to a box of its hall within 30 m", () => {
    for (const hall of plan.halls) expect(hall.venue).toEqual(expect.any(String));
    for (const stand of plan.stands) {
      const box = plan.powerBoxes.find((b) => b.id === stand.powerBoxId);
      expect(box?.hallId).toBe(stand.hallId);
      expect(cableRunM(plan, stand)).toBeLessThanOrEqual(30);
    }
  });

  it("has doors of at least 1.40 m (2 passage units)", () => {
    for (const exit of plan.exits) {
      expect(Math.hypot(exit.b[0] - exit.a[0], exit.b[1] - exit.a[1])).toBeGreaterThanOrEqual(1.4);
    }
  });
});

describe("La Cartonnerie", () => {
  const { plan } = readVenue("cartonnerie.plan.json");
  const stands = standsOf(plan, "cartonnerie");

  it("has 72 to 90 stands of the usual shell-scheme sizes, with islands and peninsulas", () => {
    expect(stands.length).toBeGreaterThanOrEqual(72);
    expect(stands.length).toBeLessThanOrEqual(90);
    const sizes = new Set(stands.map((s) => `${s.width}x${s.depth}`));
    expect([...sizes].sort()).toEqual(["3x3", "4x3", "6x3", "6x6"]);
  });

  it("has a non-convex outline, at least 4 exits, columns and a bar behind a wall", () => {
    const outline = plan.halls.find((h) => h.id === "cartonnerie")!.outline;
    const turns = outline.map((p, i) => {
      const q = outline[(i + 1) % outline.length]!;
      const r = outline[(i + 2) % outline.length]!;
      return Math.sign((q[0] - p[0]) * (r[1] - q[1]) - (q[1] - p[1]) * (r[0] - q[0]));
    });
    expect(new Set(turns).size).toBe(2); // turning both ways: not convex
    const exits = plan.exits.filter((e) => e.hallId === "cartonnerie");
    expect(exits.length).toBeGreaterThanOrEqual(4);
    const kinds = plan.obstacles.filter((o) => o.hallId === "cartonnerie").map((o) => o.kind);
    expect(kinds).toEqual(expect.arrayContaining(["pillar", "wall", "technical"]));
  });

  it("has 36 kVA three-phase boxes and a few single-phase ones", () => {
    const boxes = plan.powerBoxes.filter((b) => b.hallId === "cartonnerie");
    expect(boxes.filter((b) => b.phases === 3 && b.capacityKw === 36).length).toBeGreaterThanOrEqual(8);
    expect(boxes.some((b) => b.phases === 1)).toBe(true);
  });

  it.each(["Pavillon Région Sud", "Village start-up", "Pavillon International"])(
    "puts stands inside « %s »",
    (zoneName) => {
      const zone = plan.zones.find((z) => z.name === zoneName && z.kind === "pavilion");
      const xs = zone!.polygon.map((p) => p[0]);
      const ys = zone!.polygon.map((p) => p[1]);
      const inside = stands.filter(
        (s) =>
          s.x >= Math.min(...xs) &&
          s.x + s.width <= Math.max(...xs) &&
          s.y >= Math.min(...ys) &&
          s.y + s.depth <= Math.max(...ys),
      );
      expect(inside.length).toBeGreaterThanOrEqual(8);
    },
  );

  it("has a demo zone, a quiet zone and the Petit Plateau hall of 320 m²", () => {
    expect(plan.zones.map((z) => z.kind)).toEqual(expect.arrayContaining(["demo", "quiet"]));
    const petit = plan.halls.find((h) => h.id === "petit-plateau")!;
    const xs = petit.outline.map((p) => p[0]);
    const ys = petit.outline.map((p) => p[1]);
    expect((Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys))).toBe(320);
  });
});

describe("Seconde Nature (Aix-en-Provence)", () => {
  const { plan } = readVenue("seconde-nature-aix.plan.json");
  it("is one small hall with 8–12 stands, 2 exits and 1–2 boxes", () => {
    expect(plan.halls).toHaveLength(1);
    expect(plan.stands.length).toBeGreaterThanOrEqual(8);
    expect(plan.stands.length).toBeLessThanOrEqual(12);
    expect(plan.exits).toHaveLength(2);
    expect(plan.powerBoxes.length).toBeGreaterThanOrEqual(1);
    expect(plan.powerBoxes.length).toBeLessThanOrEqual(2);
  });
});
