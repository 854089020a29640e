import { describe, expect, it } from "vitest";
import { findEntity } from "../document";
import { buildTestDoc, snapshot, standRefs } from "../test-fixtures";
import type { CommandResult } from "../types";
import { setFeatureProps, type SetFeaturePropsArgs } from "./feature-props";
import { setStandProps, type SetStandPropsArgs } from "./stand-props";

function ok(result: CommandResult) {
  if (!result.ok) throw new Error(result.error.reason);
  return result;
}

describe("setStandProps", () => {
  it("edits several stands at once (the selection by default)", () => {
    const result = ok(
      setStandProps(buildTestDoc(standRefs("A02", "A03")), { props: { status: "reserved", covered: true } }),
    );
    for (const id of ["A02", "A03"]) {
      expect(findEntity(result.doc.plan, "stand", id)).toMatchObject({ status: "reserved", covered: true });
    }
    expect(result.diff.plan.stands?.updated).toHaveLength(2);
  });

  it("clears notes and labels with null or an empty string", () => {
    const result = ok(setStandProps(buildTestDoc(), { ids: ["B01"], props: { notes: "", label: null } }));
    const b01 = findEntity(result.doc.plan, "stand", "B01")!;
    expect("notes" in b01).toBe(false);
    expect("label" in b01).toBe(false);
  });

  it("renames a stand: the label follows the code, the selection follows the stand", () => {
    const result = ok(
      setStandProps(buildTestDoc(standRefs("A02")), { ids: ["A02"], props: { code: "A10" } }),
    );
    expect(findEntity(result.doc.plan, "stand", "A10")).toMatchObject({ x: 5, label: "A10" });
    expect(findEntity(result.doc.plan, "stand", "A02")).toBeUndefined();
    expect(result.doc.selection).toEqual(standRefs("A10"));
    // The renamed stand stays where it was in the array (the file's order is the organiser's).
    expect(result.doc.plan.stands.map((s) => s.id)).toEqual(["A01", "A10", "A03", "B01", "C01"]);
  });

  it("keeps a hand-written label when the code changes", () => {
    const result = ok(setStandProps(buildTestDoc(), { ids: ["A03"], props: { code: "A30" } }));
    expect(findEntity(result.doc.plan, "stand", "A30")?.label).toBe("Studio Nord");
  });

  it("lets a stand with an exhibitor be held or reserved for it", () => {
    const result = ok(setStandProps(buildTestDoc(), { ids: ["A01"], props: { status: "reserved" } }));
    expect(findEntity(result.doc.plan, "stand", "A01")).toMatchObject({
      status: "reserved",
      exhibitorId: "ex-a",
    });
  });

  it("setting the value already there changes nothing", () => {
    const doc = buildTestDoc();
    const result = ok(setStandProps(doc, { ids: ["A02"], props: { status: "available" } }));
    expect(result.doc.plan.stands).toBe(doc.plan.stands);
    expect(result.diff.plan).toEqual({});
  });

  it.each<[string, SetStandPropsArgs, string]>([
    ["a duplicate code", { ids: ["A02"], props: { code: "A01" } }, "code.duplicate"],
    ["an empty code", { ids: ["A02"], props: { code: " " } }, "code.empty"],
    ["one code for two stands", { ids: ["A02", "A03"], props: { code: "Z1" } }, "code.multiple"],
    ["a negative width", { ids: ["A02"], props: { width: -2 } }, "size.not-positive"],
    ["a zero depth", { ids: ["A02"], props: { depth: 0 } }, "size.not-positive"],
    ["a width of a kilometre", { ids: ["A02"], props: { width: 1000 } }, "size.too-large"],
    ["a depth of 1e9 m", { ids: ["A02"], props: { depth: 1e9 } }, "size.too-large"],
    ["an infinite x", { ids: ["A02"], props: { x: Infinity } }, "number.not-finite"],
    ["an unknown status", { ids: ["A02"], props: { status: "sold" as never } }, "status.invalid"],
    [
      "« assigned » for a stand without exhibitor",
      { ids: ["A02"], props: { status: "assigned" } },
      "status.needs-exhibitor",
    ],
    [
      "« available » for a stand with an exhibitor",
      { ids: ["A01"], props: { status: "available" } },
      "status.has-exhibitor",
    ],
    [
      "« blocked » for stands of which one has an exhibitor",
      { ids: ["A02", "C01"], props: { status: "blocked" } },
      "status.has-exhibitor",
    ],
    ["an unknown power box", { ids: ["A02"], props: { powerBoxId: "B99" } }, "powerBox.not-found"],
    ["a box of another hall", { ids: ["A02"], props: { powerBoxId: "B3" } }, "powerBox.other-hall"],
    [
      "a move to another hall keeping its box",
      { ids: ["A02"], props: { hallId: "h2" } },
      "powerBox.other-hall",
    ],
    ["an unknown hall", { ids: ["A02"], props: { hallId: "h9" } }, "hall.not-found"],
    ["an unknown stand", { ids: ["ZZ"], props: { covered: true } }, "entity.not-found"],
    ["no stand at all", { props: { covered: true } }, "selection.empty"],
    [
      "a field that is not editable",
      { ids: ["A02"], props: { exhibitorId: "ex-c" } as never },
      "prop.unknown",
    ],
  ])("refuses %s and changes nothing", (_, args, reason) => {
    const doc = buildTestDoc();
    const before = snapshot(doc);
    expect(setStandProps(doc, args)).toMatchObject({ ok: false, error: { reason } });
    expect(doc).toEqual(before);
  });

  it("accepts a box of the new hall when the hall changes with it", () => {
    const result = ok(
      setStandProps(buildTestDoc(), { ids: ["A02"], props: { hallId: "h2", powerBoxId: "B3" } }),
    );
    expect(findEntity(result.doc.plan, "stand", "A02")).toMatchObject({ hallId: "h2", powerBoxId: "B3" });
  });
});

describe("setFeatureProps", () => {
  it.each<[string, SetFeaturePropsArgs, Record<string, unknown>]>([
    [
      "obstacle kind",
      { ref: { kind: "obstacle", id: "P1" }, props: { kind: "technical", label: "Régie" } },
      { kind: "technical", label: "Régie" },
    ],
    [
      "exit label",
      { ref: { kind: "exit", id: "EX1" }, props: { label: "Porte nord" } },
      { label: "Porte nord" },
    ],
    [
      "box capacity",
      { ref: { kind: "powerBox", id: "B2" }, props: { capacityKw: 18, phases: 3 } },
      { capacityKw: 18, phases: 3 },
    ],
    [
      "zone name",
      { ref: { kind: "zone", id: "Q1" }, props: { name: "Coin calme", kind: "demo" } },
      { name: "Coin calme", kind: "demo" },
    ],
  ])("edits %s", (_, args, expected) => {
    const result = ok(setFeatureProps(buildTestDoc(), args));
    expect(findEntity(result.doc.plan, args.ref.kind, args.ref.id)).toMatchObject(expected);
  });

  it.each<[string, SetFeaturePropsArgs, string]>([
    [
      "an unknown obstacle kind",
      { ref: { kind: "obstacle", id: "P1" }, props: { kind: "tree" } },
      "kind.invalid",
    ],
    [
      "a pavilion in use turned quiet",
      { ref: { kind: "zone", id: "pav" }, props: { kind: "quiet" } },
      "zone.pavilion-in-use",
    ],
    [
      "a negative capacity",
      { ref: { kind: "powerBox", id: "B2" }, props: { capacityKw: -1 } },
      "value.invalid",
    ],
    ["two phases", { ref: { kind: "powerBox", id: "B2" }, props: { phases: 2 } }, "value.invalid"],
    ["a name on an exit", { ref: { kind: "exit", id: "EX1" }, props: { name: "x" } }, "prop.unknown"],
    ["an unknown box", { ref: { kind: "powerBox", id: "B9" }, props: { label: "x" } }, "entity.not-found"],
  ])("refuses %s", (_, args, reason) => {
    const doc = buildTestDoc();
    const before = snapshot(doc);
    expect(setFeatureProps(doc, args)).toMatchObject({ ok: false, error: { reason } });
    expect(doc).toEqual(before);
  });
});
