import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { getI18n } from "~/i18n/i18n";
import { validatePlan } from "../../../floorplans/rules/validate-plan";
import type { Violation } from "../../../floorplans/rules/types";
import { buildTestPlan } from "../model/test-fixtures";
import { ViolationsPanel, type ViolationsPanelProps } from "./violations-panel";

const plan = buildTestPlan();
const violations = validatePlan(plan);

function render(props: Partial<ViolationsPanelProps> = {}): string {
  return renderToString(
    <I18nextProvider i18n={getI18n("fr")}>
      <ViolationsPanel violations={violations} plan={plan} live acknowledgements={[]} {...props} />
    </I18nextProvider>,
  );
}

const items = (html: string) => html.match(/<li class="violation /g)?.length ?? 0;

describe("the violations panel", () => {
  it("counts its list when it is given no counts", () => {
    const errors = violations.filter((v) => v.severity === "error").length;
    const html = render();
    expect(errors).toBeGreaterThan(0);
    expect(html).toContain(`data-errors="${errors}"`);
    expect(html).toContain(`data-warnings="${violations.length - errors}"`);
    expect(items(html)).toBe(violations.length);
    expect(html).not.toContain("aria-busy");
  });

  it("shows newer counts over a held list, and says it is busy (ADR 019)", () => {
    const html = render({ counts: { errors: 42, warnings: 7 }, busy: true });
    expect(html).toContain('data-errors="42"');
    expect(html).toContain('data-warnings="7"');
    expect(html).toContain("Erreurs\u00a0: 42");
    expect(html).toContain('aria-busy="true"');
    // The list is still the one it was given.
    expect(items(html)).toBe(violations.length);
  });

  it("says there is nothing to fix when the list is empty", () => {
    const none: Violation[] = [];
    const html = render({ violations: none });
    expect(html).toContain("Aucune règle n’est enfreinte.");
    expect(html).toContain('data-errors="0"');
  });
});
