import { describe, expect, it } from "vitest";
import { contentDisposition, FILE_NAME_MAX_LENGTH, sanitiseFileName } from "./upload-names";

describe("sanitiseFileName", () => {
  it.each([
    ["C:\\Users\\ana\\attestation.pdf", "application/pdf", "attestation.pdf"],
    ["/home/ana/plan.PDF", "application/pdf", "plan.PDF"],
    ["  ..hidden  .pdf", "application/pdf", "hidden .pdf"],
    ["photo.jpeg", "image/jpeg", "photo.jpeg"],
    ["photo.pdf", "image/png", "photo.pdf.png"],
    ["scan", "image/jpeg", "scan.jpg"],
    ["a<b>:c|d?.pdf", "application/pdf", "a_b__c_d_.pdf"],
    ["zero\u200Bwidth.pdf", "application/pdf", "zerowidth.pdf"],
    ["Cafe\u0301.pdf", "application/pdf", "Café.pdf"],
    ["", "application/pdf", "document.pdf"],
    ["...", "application/pdf", "document.pdf"],
  ] as const)("%j as %s → %j", (raw, mime, expected) => {
    expect(sanitiseFileName(raw, mime)).toMatchObject({ ok: true, name: expected });
  });

  it.each([
    "../secret.pdf",
    "a/../../b.pdf",
    "..\\x.pdf",
    "bell\u0007.pdf",
    "nul\u0000.pdf",
    "x\u202Efdp.exe",
    "a\u2066b.pdf",
  ])("refuses %j", (raw) => {
    const result = sanitiseFileName(raw, "application/pdf");
    expect(result.ok).toBe(false);
    expect(result.shown).not.toMatch(/[\u202E\u2066]/u);
  });

  it("caps the length and keeps the extension", () => {
    const result = sanitiseFileName(`${"é".repeat(300)}.pdf`, "application/pdf");
    expect(result.ok && [...result.name].length).toBe(FILE_NAME_MAX_LENGTH);
    expect(result.ok && result.name.endsWith(".pdf")).toBe(true);
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 6266 / 5987)", () => {
    expect(contentDisposition("attachment", "Reçu n°1 (copie)'s.pdf")).toBe(
      `attachment; filename="Recu n_1 (copie)'s.pdf"; filename*=UTF-8''Re%C3%A7u%20n%C2%B01%20%28copie%29%27s.pdf`,
    );
    expect(contentDisposition("inline", 'a"b\\c;.pdf')).toBe(
      `inline; filename="a_b_c_.pdf"; filename*=UTF-8''a%22b%5Cc%3B.pdf`,
    );
  });
});
