import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ApplicationDetail } from "~/models/application-detail.server";
import { formatDateTime, formatNumber } from "~/i18n/format";
import { EmptyState } from "../empty-state";
import { useLocale } from "../use-locale";
import { countryName, sectorLabel } from "./labels";

/** Pairs of label and value; an empty value reads as a dash rather than a missing line. */
export function Facts({ items }: { items: [label: string, value: ReactNode][] }) {
  const { t } = useTranslation("review");
  return (
    <dl className="review-facts">
      {items.map(([label, value]) => (
        <div key={label} className="review-facts__item">
          <dt>{label}</dt>
          <dd>{value === "" || value === null || value === undefined ? t("detail.none") : value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="review-section" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function OrganisationAnswers({ organisation }: { organisation: ApplicationDetail["organisation"] }) {
  const { t } = useTranslation("review");
  const locale = useLocale();
  const o = organisation;
  return (
    <Section id="answers-organisation" title={t("detail.organisation")}>
      <Facts
        items={[
          [t("detail.legalForm"), o.legalForm],
          [t("detail.siret"), o.siret],
          [
            t("detail.address"),
            [o.address, [o.postcode, o.city].filter(Boolean).join(" ")].filter(Boolean).join(", "),
          ],
          [t("detail.country"), countryName(locale, o.country)],
          [t("detail.sector"), sectorLabel(locale, o.sector)],
          [t("detail.website"), o.website ? <span className="review-break">{o.website}</span> : null],
          [t("detail.descriptionFr"), o.descriptionFr],
          [t("detail.descriptionEn"), o.descriptionEn],
        ]}
      />
    </Section>
  );
}

export function ContactAnswers({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation("review");
  const { application: a, contacts } = detail;
  const contact = (name: string, email: string, phone: string) => (
    <>
      {name}
      <br />
      <a href={`mailto:${email}`}>{email}</a>
      {phone ? (
        <>
          <br />
          {phone}
        </>
      ) : null}
    </>
  );
  return (
    <Section id="answers-contacts" title={t("detail.contacts")}>
      <Facts
        items={[
          [t("detail.mainContact"), contact(a.contactName, a.contactEmail, a.contactPhone)],
          ...contacts.map(
            (c) =>
              [`${t(`detail.contactRoles.${c.role}`)}`, contact(c.name, c.email, c.phone)] as [
                string,
                ReactNode,
              ],
          ),
          [t("detail.locale"), t(`templates.locales.${a.locale}`)],
        ]}
      />
    </Section>
  );
}

export function ParticipationAnswers({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation(["review", "common"]);
  const locale = useLocale();
  const { application: a, pavilionName } = detail;
  const yesNo = (value: boolean) => t(value ? "detail.yes" : "detail.no");
  const declared = a.declarations;
  return (
    <>
      <Section id="answers-participation" title={t("detail.participation")}>
        <Facts
          items={[
            [t("detail.standKind"), t(`detail.standKinds.${a.standKind}`)],
            [t("detail.area"), t("common:units.m2", { value: formatNumber(locale, a.requestedAreaM2, 0) })],
            [t("detail.power"), t("common:units.kw", { value: formatNumber(locale, a.powerKw, 1) })],
            [t("detail.phases"), t("detail.phasesValue", { count: a.phases === 3 ? 3 : 1 })],
            [t("detail.power24h"), yesNo(a.power24h)],
            [t("detail.noise"), t(`detail.noiseLevels.${a.noise}`)],
            [
              t("detail.pavilion"),
              a.pavilionCode ? (pavilionName ?? a.pavilionCode) : t("detail.noPavilion"),
            ],
            [t("detail.demo"), a.demoDescription],
            [t("detail.applicantNotes"), a.notes],
          ]}
        />
      </Section>
      <Section id="answers-declarations" title={t("detail.declarations")}>
        <Facts
          items={[
            [t("detail.declared.machines"), yesNo(declared.machines)],
            [t("detail.declared.lasers"), yesNo(declared.lasers)],
            [t("detail.declared.drones"), yesNo(declared.drones)],
            [t("detail.declared.vrRigs"), yesNo(declared.vrRigs)],
            [t("detail.declarationDetails"), declared.details ?? ""],
          ]}
        />
      </Section>
    </>
  );
}

export function WishesAndDates({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation("review");
  const locale = useLocale();
  const { application: a, wishes } = detail;
  const names = (kind: "near" | "avoid") =>
    wishes
      .filter((w) => w.kind === kind)
      .map((w) => w.name)
      .join(", ");
  const date = (value: Date | null) => (value ? formatDateTime(locale, value) : "");
  return (
    <>
      <Section id="answers-wishes" title={t("detail.wishes")}>
        <Facts
          items={[
            [t("detail.near"), names("near") || t("detail.noWish")],
            [t("detail.avoid"), names("avoid") || t("detail.noWish")],
          ]}
        />
      </Section>
      <Section id="answers-documents" title={t("detail.documents")}>
        <EmptyState title={t("detail.documentsEmptyTitle")} headingLevel={3}>
          <p>{t("detail.documentsEmptyBody")}</p>
        </EmptyState>
      </Section>
      <Section id="answers-dates" title={t("detail.dates")}>
        <Facts
          items={[
            [t("detail.createdAt"), date(a.createdAt)],
            [t("detail.submittedAt"), date(a.submittedAt)],
            [t("detail.decidedAt"), date(a.decidedAt)],
          ]}
        />
      </Section>
    </>
  );
}
