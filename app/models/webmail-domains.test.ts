import { describe, expect, it } from "vitest";
import { emailDomainOf, organisationDomainOf } from "./webmail-domains";

describe("organisationDomainOf", () => {
  it.each([
    ["lea@lumen-studio.fr", "lumen-studio.fr"],
    ["Lea@Lumen-Studio.FR", "lumen-studio.fr"],
    ["lea@gmail.com", null],
    ["lea@Outlook.fr", null],
    ["lea@orange.fr", null],
    ["lea@free.fr", null],
    ["no-at-sign", null],
  ])("%s → %s", (email, domain) => {
    expect(organisationDomainOf(email)).toBe(domain);
  });

  it("takes the part after the last @", () => {
    expect(emailDomainOf('"a@b"@studio.fr')).toBe("studio.fr");
  });
});
