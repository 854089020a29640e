import { z } from "zod";
import { logisticsFormKinds, slotKinds } from "../../db/schema/logistics";
import type { FormSettingInput } from "./logistics-settings.server";

/**
 * The organisers' settings forms, parsed with zod. Pure: the route reads the fields and turns
 * the errors (keys of `logistics:settings.errors`) into messages next to the fields.
 */
export type FieldReader = (name: string) => string | undefined;
export type SettingsErrors = Record<string, string>;
type Parsed<T> = { ok: true; data: T } | { ok: false; errors: SettingsErrors };

const day = z.iso.date();
const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

function collect(issues: z.core.$ZodIssue[], keyOf: (field: string) => string): SettingsErrors {
  const errors: SettingsErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".");
    errors[field] ??= keyOf(field);
  }
  return errors;
}

const lastPart = (field: string) => `settings.errors.${field.split(".").pop() ?? "dueOn"}`;

export function parseFormSettings(read: FieldReader): Parsed<FormSettingInput[]> {
  const row = z.object({
    kind: z.enum(logisticsFormKinds),
    enabled: z.boolean(),
    mandatory: z.boolean(),
    dueOn: day,
    badgesBase: whole(0, 50),
    badgesPerM2: whole(1, 500),
  });
  const candidate = logisticsFormKinds.map((kind) => ({
    kind,
    enabled: read(`${kind}.enabled`) !== undefined,
    mandatory: read(`${kind}.mandatory`) !== undefined,
    dueOn: read(`${kind}.dueOn`) ?? "",
    badgesBase: kind === "badges" ? (read("badges.badgesBase") ?? "") : "2",
    badgesPerM2: kind === "badges" ? (read("badges.badgesPerM2") ?? "") : "9",
  }));
  const result = z.array(row).safeParse(candidate);
  if (result.success) return { ok: true, data: result.data };
  // Paths are [index, field]: name the field as the page does, `${kind}.${field}`.
  const errors: SettingsErrors = {};
  for (const issue of result.error.issues) {
    const [index, field] = issue.path;
    const name = `${logisticsFormKinds[Number(index)]}.${String(field)}`;
    errors[name] ??= `settings.errors.${String(field)}`;
  }
  return { ok: false, errors };
}

/** Euros as typed by people: "12", "12,5", "12.50", "1 200,00". */
const euros = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."))
  .pipe(z.string().regex(/^\d{1,6}(\.\d{1,2})?$/))
  .transform((value) => Math.round(Number(value) * 100))
  .pipe(z.number().int().min(0).max(10_000_000));

const itemSchema = z.object({
  id: z.coerce.number().int().positive().optional(),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/),
  nameFr: z.string().trim().min(1).max(120),
  nameEn: z.string().trim().min(1).max(120),
  price: euros,
  active: z.boolean(),
});

export function parseFurnitureItem(read: FieldReader) {
  const result = itemSchema.safeParse({
    id: read("id") || undefined,
    code: read("code") ?? "",
    nameFr: read("nameFr") ?? "",
    nameEn: read("nameEn") ?? "",
    price: read("price") ?? "",
    active: read("active") !== undefined,
  });
  if (!result.success) return { ok: false as const, errors: collect(result.error.issues, lastPart) };
  const { price, ...rest } = result.data;
  return { ok: true as const, data: { ...rest, code: rest.code.toUpperCase(), unitPriceCents: price } };
}

const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

const slotSchema = z
  .object({
    id: z.coerce.number().int().positive().optional(),
    kind: z.enum(slotKinds),
    startsAt: localDateTime,
    endsAt: localDateTime,
    capacity: whole(1, 500),
  })
  .refine((slot) => slot.endsAt > slot.startsAt, { path: ["endsAt"] });

/** A slot as typed (wall-clock times in the event's zone); the caller turns times into instants. */
export function parseSlot(read: FieldReader) {
  const result = slotSchema.safeParse({
    id: read("id") || undefined,
    kind: read("kind") ?? "",
    startsAt: read("startsAt") ?? "",
    endsAt: read("endsAt") ?? "",
    capacity: read("capacity") ?? "",
  });
  if (!result.success) return { ok: false as const, errors: collect(result.error.issues, lastPart) };
  return { ok: true as const, data: result.data };
}

export const deleteSlotSchema = z.object({
  id: z.coerce.number().int().positive(),
  confirm: z.literal("yes").optional(),
});
