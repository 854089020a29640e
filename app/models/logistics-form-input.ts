import type { z } from "zod";
import type { LogisticsFormKind } from "../../db/schema/logistics";
import { logisticsAnswers, type LogisticsAnswers } from "./logistics-answers";

/**
 * From the fields of a logistics form page to zod-checked answers. Pure: the route reads the
 * request, this decides. Error values are keys of the `logistics` namespace, one per field.
 */
export type FieldReader = (name: string) => string | undefined;
export type Intent = "draft" | "submit";
export type FieldErrors = Record<string, string>;

/** What the answers are checked against besides their shape (read from the database by the caller). */
export interface AnswerContext {
  /** Active furniture items of the event. */
  furnitureItemIds: ReadonlySet<number>;
  /** How many badges the exhibitor may ask for. */
  badgeLimit: number;
}

export type ParsedAnswers<K extends LogisticsFormKind = LogisticsFormKind> =
  { ok: true; answers: Partial<LogisticsAnswers[K]> } | { ok: false; errors: FieldErrors };

/** Rows offered on the page for lists without JavaScript (fire-rated materials). */
export const MATERIAL_ROWS = 8;
const MAX_ROWS = 100;

/** "12,5" and "12.5" are numbers; anything else stays text, so zod refuses it with a type error. */
function numberOrText(value: string | undefined): number | string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  return /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : text;
}

const text = (value: string | undefined) => (value?.trim() ? value : undefined);
const checked = (value: string | undefined) => value !== undefined && value !== "";

function rows(read: FieldReader, prefix: string, fields: readonly string[]) {
  const out: Record<string, string | undefined>[] = [];
  for (let i = 0; i < MAX_ROWS; i += 1) {
    const row = Object.fromEntries(fields.map((f) => [f, text(read(`${prefix}.${i}.${f}`))]));
    if (row.name !== undefined) out.push(row);
  }
  return out;
}

/** The raw candidate answers of a kind, before zod: empty fields left out. */
export function readCandidate(kind: LogisticsFormKind, read: FieldReader, furnitureIds: Iterable<number>) {
  switch (kind) {
    case "electrical":
      return {
        kw: numberOrText(read("kw")),
        phases: numberOrText(read("phases")),
        supply24h: checked(read("supply24h")),
      };
    case "furniture":
      return {
        lines: [...furnitureIds]
          .map((itemId) => ({ itemId, quantity: numberOrText(read(`qty.${itemId}`)) }))
          .filter((line) => line.quantity !== undefined && line.quantity !== 0),
      };
    case "badges":
      return { badges: rows(read, "badges", ["name", "role"]) };
    case "load_in":
    case "load_out":
      return { slotId: numberOrText(read("slotId")) };
    case "vehicle":
      return {
        plate: text(read("plate")),
        lengthM: numberOrText(read("lengthM")),
        heightM: numberOrText(read("heightM")),
      };
    case "insurance":
      return {
        insurer: text(read("insurer")),
        policyNumber: text(read("policyNumber")),
        validUntil: text(read("validUntil")),
      };
    case "fire_rating":
      return { materials: rows(read, "materials", ["name", "rating"]) };
    case "machines": {
      const lasers = checked(read("lasers"));
      return {
        machines: checked(read("machines")),
        lasers,
        laserClass: lasers ? (text(read("laserClass")) ?? null) : null,
        dangerousProducts: checked(read("dangerousProducts")),
        description: read("description") ?? "",
      };
    }
    case "safety_rules":
      return { accepted: checked(read("accepted")) || undefined, signatoryName: text(read("signatoryName")) };
  }
}

/** The form field an issue belongs to: `badges.2.name`, `qty.14`, `kw`… */
function fieldOf(kind: LogisticsFormKind, path: readonly PropertyKey[], candidate: unknown): string {
  if (kind === "furniture" && path[0] === "lines" && typeof path[1] === "number") {
    const line = (candidate as { lines: { itemId: number }[] }).lines[path[1]];
    return line ? `qty.${line.itemId}` : "lines";
  }
  return path.map(String).join(".") || "form";
}

/** The message key of a field: per field name, list rows share their column's message. */
function messageOf(field: string): string {
  const last =
    field
      .split(".")
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? "form";
  return `fieldErrors.${last}`;
}

function dropUndefined(value: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/**
 * Checks the answers of one kind: a draft may leave fields out but what it has must be well typed;
 * a submission must be complete. Rules needing data (catalogue, badge limit) apply to both.
 */
export function parseAnswers<K extends LogisticsFormKind>(
  kind: K,
  intent: Intent,
  read: FieldReader,
  context: AnswerContext,
): ParsedAnswers<K> {
  const candidate = readCandidate(kind, read, context.furnitureItemIds) as Record<string, unknown>;
  const full = logisticsAnswers[kind] as unknown as z.ZodObject;
  const schema = intent === "draft" ? full.partial() : full;
  const result = schema.safeParse(intent === "draft" ? dropUndefined(candidate) : candidate);
  const errors: FieldErrors = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = fieldOf(kind, issue.path, candidate);
      errors[field] ??= messageOf(field);
    }
  }
  const answers = (result.success ? result.data : {}) as Record<string, unknown>;
  if (kind === "badges") {
    const count = (candidate.badges as unknown[]).length;
    if (count > context.badgeLimit) errors.badges = "errors.badgesTooMany";
  }
  if (kind === "machines" && candidate.lasers === true && candidate.laserClass === null)
    errors.laserClass = "fieldErrors.laserClass";
  if (kind === "fire_rating" && intent === "submit" && (candidate.materials as unknown[]).length === 0) {
    // Said on the first row, where the exhibitor types, rather than about the list as a whole.
    delete errors.materials;
    errors["materials.0.name"] = "fieldErrors.materialsEmpty";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, answers: answers as Partial<LogisticsAnswers[K]> };
}

/** Stored answers as the form's field values (the inverse of readCandidate), to fill the page. */
export function answersToFields(
  kind: LogisticsFormKind,
  data: Record<string, unknown>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (name: string, value: unknown) => {
    if (typeof value === "string" || typeof value === "number") out[name] = String(value);
    else if (value === true) out[name] = "on";
  };
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as Record<string, unknown>[]) : []);
  if (kind === "furniture")
    for (const line of list("lines")) put(`qty.${String(line.itemId)}`, line.quantity);
  else if (kind === "badges" || kind === "fire_rating") {
    const key = kind === "badges" ? "badges" : "materials";
    list(key).forEach((row, i) =>
      Object.entries(row).forEach(([field, value]) => put(`${key}.${i}.${field}`, value)),
    );
  } else if (kind === "electrical") {
    put("kw", data.kw);
    put("phases", data.phases);
    put("supply24h", data.supply24h);
  } else for (const [field, value] of Object.entries(data)) put(field, value);
  return out;
}
