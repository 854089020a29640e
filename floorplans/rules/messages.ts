import type { Plan } from "../format/schema";
import { MessageParts } from "./message-format";
import { MESSAGES } from "./message-texts";
import type { Locale, ReportedViolation, Violation } from "./types";

/**
 * A sentence for people, in French or English, naming the things (through `names`, the ids by
 * default) and the figures of the finding, e.g. « Allée de 1,00 m entre A12 et A13 : minimum 1,40 m ».
 */
export function describeViolation(v: Violation, locale: Locale, names: (id: string) => string = (id) => id): string {
  return MESSAGES[v.rule][locale](new MessageParts(v, locale, names));
}

/** Display names from a plan: stand and other labels, exhibitor, hall and zone names; the id otherwise. */
export function planNames(plan: Plan): (id: string) => string {
  const byId = new Map<string, string>();
  const put = (id: string, name: string | undefined) => {
    if (name && !byId.has(id)) byId.set(id, name);
  };
  // Stands first: a stand's label is what organisers read on the plan.
  for (const s of plan.stands) put(s.id, s.label);
  for (const e of plan.exhibitors) put(e.id, e.name);
  for (const h of plan.halls) put(h.id, h.name);
  for (const z of plan.zones) put(z.id, z.name);
  for (const o of plan.obstacles) put(o.id, o.label);
  for (const x of plan.exits) put(x.id, x.label);
  for (const b of plan.powerBoxes) put(b.id, b.label);
  return (id) => byId.get(id) ?? id;
}

/** The public JSON shape of RULES.md: { rule, severity, subjects, message }. */
export function toReported(violations: readonly Violation[], locale: Locale, plan: Plan): ReportedViolation[] {
  const names = planNames(plan);
  return violations.map((v) => ({ rule: v.rule, severity: v.severity, subjects: v.subjects, message: describeViolation(v, locale, names) }));
}
