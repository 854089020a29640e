import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../format/schema";
import { applyEdits as apply, basePlan, edit } from "./edits.test-support";
import { validatePlan } from "../validate-plan";
import { createRuleEngine } from "./rule-engine";

describe("createRuleEngine", () => {
  it("starts from exactly the full run", () => {
    const plan = basePlan();
    expect(createRuleEngine(plan).violations()).toEqual(validatePlan(plan));
  });

  /** Random edit sequences from `start`: after each batch, the engine's list equals a full run. */
  const followsFullRuns = (start: () => Plan, numRuns: number) =>
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), (steps) => {
        let plan = start();
        const engine = createRuleEngine(plan);
        steps.forEach((edits, serial) => {
          const { next, changed } = apply(plan, edits, serial);
          engine.updateStands(next, changed);
          plan = next;
          expect(engine.violations()).toEqual(validatePlan(plan));
        });
      }),
      { numRuns },
    );

  it("equals a full validatePlan after any sequence of stand edits", () => {
    followsFullRuns(basePlan, 60);
  });

  it("asks the walking field again wherever a walk changed: with a short limit, every distance is compared", () => {
    // At 6 m most stands are too far, so the violations carry their distances to the millimetre:
    // a stand whose walk changed and that was not asked again would differ from the full run.
    const short = (): Plan => ({ ...basePlan(), rules: { maxExitDistanceM: 6 } });
    expect(validatePlan(short()).filter((v) => v.rule === "exit.too-far").length).toBeGreaterThan(4);
    followsFullRuns(short, 80);
  });

  it("reports what appeared and disappeared, and leaves earlier snapshots alone", () => {
    const plan = basePlan();
    const engine = createRuleEngine(plan);
    const before = engine.violations();
    const copy = [...before];
    const moved = { ...apply(plan, [{ kind: "move", pick: 2, dx: -3.5, dy: 0 }], 0) };
    const diff = engine.updateStands(moved.next, moved.changed);
    expect(diff.added.map((v) => `${v.rule} ${v.subjects.join("+")}`)).toContain("stand.overlap S2+S3");
    expect(before).toEqual(copy);
    const back = engine.updateStands(plan, ["S3"]);
    expect(back.removed.map((v) => `${v.rule} ${v.subjects.join("+")}`)).toContain("stand.overlap S2+S3");
    expect(engine.violations()).toEqual(before);
  });

  it("rebuilds when something other than stands changes", () => {
    const plan = basePlan();
    const engine = createRuleEngine(plan);
    const next = { ...plan, exhibitors: plan.exhibitors.map((e) => (e.id === "b" ? { ...e, avoid: ["e"] } : e)) };
    engine.updateStands(next, []);
    expect(engine.violations()).toEqual(validatePlan(next));
    const wider = { ...next, rules: { ...next.rules, minAisleM: 3 } };
    engine.updateStands(wider, []);
    expect(engine.violations()).toEqual(validatePlan(wider));
  });
});
