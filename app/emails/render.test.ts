import { describe, expect, it } from "vitest";
import { renderEmail } from "./render";

const url = "https://allee.example/reset-password/abc";

describe("renderEmail", () => {
  it("renders the reset e-mail in French and in English, with text and HTML bodies", () => {
    const fr = renderEmail("reset", "fr", { name: "Léa", url });
    expect(fr.subject).toBe("Réinitialisation de votre mot de passe Allée");
    expect(fr.text).toContain("Bonjour Léa,");
    expect(fr.text).toContain(`Choisir un nouveau mot de passe\n${url}`);
    expect(fr.html).toContain('<html lang="fr">');
    expect(fr.html).toContain(`href="${url}"`);

    const en = renderEmail("reset", "en", { name: "Léa", url });
    expect(en.subject).toBe("Reset your Allée password");
    expect(en.text).toContain("Hello Léa,");
    expect(en.text).toContain("valid for one hour");
  });

  it("greets without a name when there is none", () => {
    expect(renderEmail("invite", "fr", { name: "", email: "a@b.fr", url }).text).toMatch(/^Bonjour,\n/);
  });

  it("escapes every variable in the HTML body but keeps the text body literal", () => {
    const name = `<script>alert("x")</script> & Co`;
    const email = renderEmail("notice", "en", {
      subject: "Stand <b>A12</b>",
      body: `First <img src=x onerror=alert(1)>\n\nSecond & last`,
      name,
      actionUrl: 'https://allee.example/portal?a=1&b="2"',
      actionLabel: "Open <portal>",
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<img");
    expect(email.html).not.toContain("<b>");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(email.html).toContain('href="https://allee.example/portal?a=1&amp;b=&quot;2&quot;"');
    expect(email.html).toContain("Open &lt;portal&gt;");
    expect(email.text).toContain(`Hello ${name},`);
    expect(email.text).toContain("First <img src=x onerror=alert(1)>\n\nSecond & last");
    expect(email.subject).toBe("Stand <b>A12</b>");
  });

  it("splits a notice body into paragraphs on blank lines", () => {
    const email = renderEmail("notice", "fr", { subject: "Info", body: "One\n\n\nTwo\nstill two" });
    expect(email.html).toContain(">One</p>");
    expect(email.html).toContain(">Two<br>still two</p>");
    expect(email.text).toContain("Ce message vous est envoyé automatiquement par Allée.");
  });

  it.each([
    ["reset", { name: "A" }, /url/],
    ["reset", { name: "A", url: "javascript:alert(1)" }, /url/],
    ["invite", { name: "A", url }, /email/],
    ["notice", { subject: "Two\nlines", body: "x" }, /subject/],
    ["notice", { subject: "S", body: "x", actionUrl: "data:text/html,hi" }, /actionUrl/],
  ] as const)("refuses %s with bad variables %j", (template, vars, field) => {
    expect(() => renderEmail(template, "fr", vars as Record<string, string>)).toThrow(field);
  });
});
