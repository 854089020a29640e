import { AREA_PRESETS, CONTACT_ROLES, type EditableStep } from "./application-form-options";

/** A step's fields as the form shows them: text values, lists for multi-value fields. */
export type FieldValues = Record<string, string | string[]>;

interface StoredAnswers {
  application: {
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    standKind: string;
    requestedAreaM2: number;
    powerKw: number;
    phases: number;
    power24h: boolean;
    demoDescription: string;
    declarations: { machines: boolean; lasers: boolean; drones: boolean; vrRigs: boolean; details?: string };
    noise: string;
    pavilionCode: string | null;
  };
  organisation: {
    name: string;
    legalForm: string | null;
    siret: string | null;
    address: string;
    postcode: string;
    city: string;
    country: string;
    website: string | null;
    sector: string;
    descriptionFr: string;
    descriptionEn: string;
  };
  contacts: { role: string; name: string; email: string; phone: string }[];
  wishes: { organisationId: number; kind: "near" | "avoid" }[];
}

const tick = (value: boolean) => (value ? "on" : "");

/** The stored answers of one step, in the shape of its form fields (the inverse of the step schema). */
export function storedStepValues(step: EditableStep, answers: StoredAnswers): FieldValues {
  const { application: app, organisation: org } = answers;
  switch (step) {
    case "organisation":
      return {
        name: org.name,
        legalForm: org.legalForm ?? "",
        siret: org.siret ?? "",
        address: org.address,
        postcode: org.postcode,
        city: org.city,
        country: org.country,
        website: org.website ?? "",
        sector: org.sector,
        descriptionFr: org.descriptionFr,
        descriptionEn: org.descriptionEn,
      };
    case "contacts": {
      const values: FieldValues = {
        contactName: app.contactName,
        contactEmail: app.contactEmail,
        contactPhone: app.contactPhone,
      };
      for (const role of CONTACT_ROLES) {
        const contact = answers.contacts.find((c) => c.role === role);
        values[`${role}Name`] = contact?.name ?? "";
        values[`${role}Email`] = contact?.email ?? "";
        values[`${role}Phone`] = contact?.phone ?? "";
      }
      return values;
    }
    case "participation": {
      // 0 m² is a draft that has not answered yet: the form then starts from the common 9 m² stand.
      const area = app.requestedAreaM2;
      const preset = (AREA_PRESETS as readonly number[]).includes(area) || area <= 0;
      return {
        standKind: app.standKind,
        areaChoice: preset ? String(area > 0 ? area : AREA_PRESETS[0]) : "custom",
        areaCustom: preset ? "" : String(area),
        powerKw: String(app.powerKw),
        phases: String(app.phases),
        power24h: tick(app.power24h),
        demoDescription: app.demoDescription,
        machines: tick(app.declarations.machines),
        lasers: tick(app.declarations.lasers),
        drones: tick(app.declarations.drones),
        vrRigs: tick(app.declarations.vrRigs),
        declarationDetails: app.declarations.details ?? "",
        noise: app.noise,
        pavilionCode: app.pavilionCode ?? "",
      };
    }
    case "wishes":
      return {
        near: answers.wishes.filter((w) => w.kind === "near").map((w) => String(w.organisationId)),
        avoid: answers.wishes.filter((w) => w.kind === "avoid").map((w) => String(w.organisationId)),
      };
  }
}

/** The text of one field ("" when absent or a list). */
export function textOf(values: FieldValues, name: string): string {
  const value = values[name];
  return typeof value === "string" ? value : "";
}

/** The values of a multi-value field. */
export function listOf(values: FieldValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
}
