import { getI18n, type Locale } from "../i18n/i18n";
import { layoutHtml, layoutText } from "./layout";
import type { TemplateName } from "./template-names";
import { templates } from "./templates";

export type RenderedEmail = { subject: string; text: string; html: string };

/** Renders a template in the recipient's language, as a text body and an HTML body. */
export function renderEmail(
  template: TemplateName,
  locale: Locale,
  vars: Record<string, string>,
): RenderedEmail {
  const t = getI18n(locale).getFixedT(locale, "email");
  const content = templates[template](t, vars);
  return {
    subject: content.subject,
    text: layoutText(content, t("signature")),
    html: layoutHtml(content, t("linkFallback"), t("signature"), locale),
  };
}
