import { describe, expect, it } from "vitest";
import { renderEmail } from "./render";
import {
  BODY_MAX_LENGTH,
  checkPlaceholders,
  decisionStatuses,
  defaultDecisionTemplate,
  fillBody,
  fillPlaceholders,
  fillSubject,
  parseTemplateInput,
  type PlaceholderValues,
} from "./decision-templates";

const values: PlaceholderValues = {
  organisation: "Studio <Lumen> & Co",
  contact: "Léa",
  event: "MIN 2024",
  status: "acceptée",
  portalUrl: "https://allee.example/portal/applications/7",
  message: "",
};

describe("checkPlaceholders", () => {
  it.each([
    ["Bonjour {{organisation}}", null],
    ["{{ event }} et {{status}}", null],
    [
      "{{organization}} {{foo}} {{organization}}",
      { code: "unknownPlaceholder", names: ["organization", "foo"] },
    ],
    ["{{}}", { code: "unknownPlaceholder", names: [""] }],
    ["Bonjour {{organisation", { code: "unclosedPlaceholder" }],
    ["Un { seul et } c’est tout", null],
  ])("%j → %j", (text, problem) => {
    expect(checkPlaceholders(text)).toEqual(problem);
  });

  it("accepts every default text, in both languages", () => {
    for (const status of decisionStatuses)
      for (const locale of ["fr", "en"] as const) {
        const { subject, body } = defaultDecisionTemplate(status, locale);
        expect(checkPlaceholders(subject)).toBeNull();
        expect(checkPlaceholders(body)).toBeNull();
      }
  });
});

describe("fillPlaceholders", () => {
  it("inserts values as plain text, and the e-mail layout escapes them once", () => {
    const body = fillPlaceholders("Pour {{organisation}} ({{ event }}).\n\n{{message}}", values);
    expect(body).toBe("Pour Studio <Lumen> & Co (MIN 2024).\n\n");
    const email = renderEmail("decision", "fr", {
      subject: "S",
      body,
      name: "Léa",
      actionUrl: values.portalUrl,
    });
    expect(email.html).toContain("Pour Studio &lt;Lumen&gt; &amp; Co (MIN 2024).");
    expect(email.html).not.toContain("<Lumen>");
    expect(email.text).toContain(
      "Bonjour Léa,\n\nPour Studio <Lumen> & Co (MIN 2024).\n\nSuivre ma candidature\n",
    );
  });

  it("adds the organiser's message as a last paragraph when the wording has no {{message}}", () => {
    const message = { ...values, message: "Rendez-vous le 7." };
    expect(fillBody("Pour {{organisation}}.", message)).toBe(
      "Pour Studio <Lumen> & Co.\n\nRendez-vous le 7.",
    );
    expect(fillBody("A\n\n{{ message }}\n\nB", message)).toBe("A\n\nRendez-vous le 7.\n\nB");
    expect(fillBody("Pour {{organisation}}.", values)).toBe("Pour Studio <Lumen> & Co.");
  });

  it("keeps a subject on one line and within 200 characters", () => {
    const long = { ...values, organisation: `A\nB${"x".repeat(300)}` };
    const subject = fillSubject("{{event}} : {{organisation}}", long);
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject.length).toBe(200);
  });
});

describe("parseTemplateInput", () => {
  it("accepts a valid subject and body, normalising line endings", () => {
    expect(parseTemplateInput({ subject: " Hello {{contact}} ", body: "A\r\n\r\nB {{message}}" })).toEqual({
      ok: true,
      data: { subject: "Hello {{contact}}", body: "A\n\nB {{message}}" },
    });
  });

  it.each([
    [{ subject: "", body: "x" }, { subject: { code: "required" } }],
    [{ body: "x" }, { subject: { code: "required" } }],
    [{ subject: "a\nb", body: "x" }, { subject: { code: "multiline" } }],
    [{ subject: "x".repeat(201), body: "x" }, { subject: { code: "tooLong" } }],
    [{ subject: "ok", body: "x".repeat(BODY_MAX_LENGTH + 1) }, { body: { code: "tooLong" } }],
    [
      { subject: "{{nom}}", body: "{{organisation" },
      { subject: { code: "unknownPlaceholder", names: ["nom"] }, body: { code: "unclosedPlaceholder" } },
    ],
  ])("refuses %j", (raw, errors) => {
    expect(parseTemplateInput(raw)).toEqual({ ok: false, errors });
  });
});
