import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLocale } from "~/components/use-locale";
import { isLegalFormCode } from "~/models/legal-forms";
import {
  CONTACT_ROLES,
  DECLARATION_KEYS,
  sectorLabel,
  type EditableStep,
} from "~/models/application-form-options";
import { textOf } from "~/models/application-form-values";
import type { AnswersSummary } from "~/models/application-form-summary.server";

type SummaryProps = {
  summary: AnswersSummary;
  /** Where each section's "Change" link goes; null hides it (read-only). */
  editHref: (step: EditableStep) => string | null;
  headingLevel?: 2 | 3;
};

/** Every answer of an application, section by section, each with a link to change it. */
export function AnswersSummaryView({ summary, editHref, headingLevel = 2 }: SummaryProps) {
  const { t } = useTranslation(["applyForm", "apply", "common"]);
  const locale = useLocale();
  const o = (name: string) => textOf(summary.organisation, name);
  const c = (name: string) => textOf(summary.contacts, name);
  const p = (name: string) => textOf(summary.participation, name);
  const dash = t("apply:review.notAnswered");
  const legalForm = o("legalForm");
  const declared = DECLARATION_KEYS.filter((key) => p(key) === "on");
  const area = p("areaChoice") === "custom" ? p("areaCustom") : p("areaChoice");
  return (
    <div className="answers-summary">
      <Section
        step="organisation"
        title={t("apply:steps.organisation")}
        editHref={editHref}
        level={headingLevel}
      >
        <Row label={t("organisation.name")}>{o("name")}</Row>
        <Row label={t("organisation.legalForm")}>
          {isLegalFormCode(legalForm) ? t(`legalForms.${legalForm}`) : legalForm || dash}
        </Row>
        <Row label={t("organisation.siret")}>{o("siret") || dash}</Row>
        <Row label={t("organisation.address")}>
          {[o("address"), `${o("postcode")} ${o("city")}`, summary.countryName].join(", ")}
        </Row>
        <Row label={t("organisation.website")}>{o("website") || dash}</Row>
        <Row label={t("organisation.sector")}>{sectorLabel(o("sector"), locale)}</Row>
        <Row label={t("organisation.descriptionFr")}>{o("descriptionFr") || dash}</Row>
        <Row label={t("organisation.descriptionEn")}>{o("descriptionEn") || dash}</Row>
        <Row label={t("organisation.logo")}>
          {summary.logoUrl ? (
            <img
              className="answers-summary__logo"
              src={summary.logoUrl}
              alt={t("organisation.logoCurrent")}
            />
          ) : (
            dash
          )}
        </Row>
      </Section>
      <Section step="contacts" title={t("apply:steps.contacts")} editHref={editHref} level={headingLevel}>
        <Row label={t("contacts.main")}>
          {[c("contactName"), c("contactEmail"), c("contactPhone") || dash].join(" · ")}
        </Row>
        {CONTACT_ROLES.map((role) => (
          <Row key={role} label={t(`contacts.roles.${role}`)}>
            {c(`${role}Name`)
              ? [c(`${role}Name`), c(`${role}Email`), c(`${role}Phone`)].filter(Boolean).join(" · ")
              : dash}
          </Row>
        ))}
      </Section>
      <Section
        step="participation"
        title={t("apply:steps.participation")}
        editHref={editHref}
        level={headingLevel}
      >
        {summary.participationAnswered ? (
          <>
            <Row label={t("participation.standKind")}>
              {t(`participation.standKinds.${p("standKind") as "shell"}`)}
            </Row>
            <Row label={t("participation.area")}>{t("participation.areaPreset", { value: area })}</Row>
            <Row label={t("participation.power")}>
              {[
                t("common:units.kw", { value: p("powerKw") }),
                t(p("phases") === "3" ? "participation.phase3" : "participation.phase1"),
                p("power24h") === "on" ? t("participation.power24h") : "",
              ]
                .filter(Boolean)
                .join(" · ")}
            </Row>
            <Row label={t("participation.demoDescription")}>{p("demoDescription") || dash}</Row>
            <Row label={t("participation.declarations")}>
              {declared.length === 0
                ? t("apply:review.none")
                : `${declared.map((key) => t(`participation.${key}`)).join(", ")}. ${p("declarationDetails")}`}
            </Row>
            <Row label={t("participation.noise")}>
              {t(`participation.noiseLevels.${p("noise") as "normal"}`)}
            </Row>
            <Row label={t("participation.pavilion")}>
              {summary.pavilionName ?? t("participation.pavilionNone")}
            </Row>
          </>
        ) : (
          <Row label={t("apply:steps.participation")}>{dash}</Row>
        )}
      </Section>
      <Section step="wishes" title={t("apply:steps.wishes")} editHref={editHref} level={headingLevel}>
        <Row label={t("wishes.near")}>{summary.near.join(", ") || t("apply:review.none")}</Row>
        <Row label={t("wishes.avoid")}>{summary.avoid.join(", ") || t("apply:review.none")}</Row>
      </Section>
    </div>
  );
}

function Section(props: {
  step: EditableStep;
  title: string;
  editHref: SummaryProps["editHref"];
  level: 2 | 3;
  children: ReactNode;
}) {
  const { t } = useTranslation("apply");
  const Heading = props.level === 2 ? "h2" : "h3";
  const href = props.editHref(props.step);
  const id = `summary-${props.step}`;
  return (
    <section className="answers-summary__section" aria-labelledby={id}>
      <div className="answers-summary__header">
        <Heading id={id} className="answers-summary__title">
          {props.title}
        </Heading>
        {href ? (
          <Link to={href} className="answers-summary__edit" aria-describedby={id}>
            {t("form.edit")}
          </Link>
        ) : null}
      </div>
      <dl className="answers-summary__list">{props.children}</dl>
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="answers-summary__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
