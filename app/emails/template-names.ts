/** The e-mail templates, as a plain list the outbox page can use without loading the templates themselves. */
export const templateNames = ["reset", "invite", "notice", "decision"] as const;
export type TemplateName = (typeof templateNames)[number];

export function isTemplateName(value: string): value is TemplateName {
  return (templateNames as readonly string[]).includes(value);
}
