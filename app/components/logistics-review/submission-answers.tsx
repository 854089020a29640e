import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { LogisticsFormKind } from "../../../db/schema/logistics";
import { formatDate, formatDateTime, formatNumber } from "~/i18n/format";
import { logisticsAnswers } from "~/models/logistics-answers";
import { useLocale } from "~/components/use-locale";

export interface AnswerLookups {
  furniture: { id: number; code: string; nameFr: string; nameEn: string; unitPriceCents: number }[];
  slots: { id: number; startsAt: Date | string; endsAt: Date | string }[];
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="lr-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="lr-facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A form's answers as sentences and tables, read from the same zod schemas the portal writes with. */
export function SubmissionAnswers({
  kind,
  data,
  lookups,
}: {
  kind: LogisticsFormKind;
  data: Record<string, unknown>;
  lookups: AnswerLookups;
}) {
  const { t } = useTranslation("logisticsReview");
  const locale = useLocale();
  const yesNo = (value: boolean) => (value ? t("answers.yes") : t("answers.no"));
  const euros = (cents: number) =>
    new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: "EUR" }).format(
      cents / 100,
    );
  const parsed = logisticsAnswers[kind].safeParse(data);
  if (!parsed.success)
    return (
      <div>
        <p>{t("answers.incomplete")}</p>
        <pre className="lr-raw">{JSON.stringify(data, null, 2)}</pre>
      </div>
    );
  const answers = parsed.data as Record<string, unknown>;
  switch (kind) {
    case "electrical": {
      const a = answers as { kw: number; phases: 1 | 3; supply24h: boolean };
      return (
        <Facts
          rows={[
            [t("answers.kw"), t("answers.kwValue", { value: formatNumber(locale, a.kw, 1) })],
            [t("answers.phases"), t(`answers.phasesValue.${a.phases}`)],
            [t("answers.supply24h"), yesNo(a.supply24h)],
          ]}
        />
      );
    }
    case "furniture": {
      const a = answers as { lines: { itemId: number; quantity: number }[] };
      const items = new Map(lookups.furniture.map((item) => [item.id, item]));
      if (a.lines.length === 0) return <p>{t("answers.none")}</p>;
      const total = a.lines.reduce(
        (sum, l) => sum + (items.get(l.itemId)?.unitPriceCents ?? 0) * l.quantity,
        0,
      );
      return (
        <table className="lr-table">
          <thead>
            <tr>
              <th scope="col">{t("answers.item")}</th>
              <th scope="col">{t("answers.quantity")}</th>
              <th scope="col">{t("answers.unitPrice")}</th>
              <th scope="col">{t("answers.lineTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {a.lines.map((line) => {
              const item = items.get(line.itemId);
              return (
                <tr key={line.itemId}>
                  <td>
                    {item
                      ? `${item.code} · ${locale === "fr" ? item.nameFr : item.nameEn}`
                      : t("answers.unknownItem", { id: String(line.itemId) })}
                  </td>
                  <td>{formatNumber(locale, line.quantity)}</td>
                  <td>{item ? euros(item.unitPriceCents) : "—"}</td>
                  <td>{item ? euros(item.unitPriceCents * line.quantity) : "—"}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t("answers.orderTotal")}
              </th>
              <td>{euros(total)}</td>
            </tr>
          </tfoot>
        </table>
      );
    }
    case "badges": {
      const a = answers as { badges: { name: string; role: "exhibitor" | "staff" | "installer" }[] };
      if (a.badges.length === 0) return <p>{t("answers.none")}</p>;
      return (
        <table className="lr-table">
          <thead>
            <tr>
              <th scope="col">{t("answers.badgeName")}</th>
              <th scope="col">{t("answers.badgeRole")}</th>
            </tr>
          </thead>
          <tbody>
            {a.badges.map((badge, i) => (
              <tr key={`${badge.name}-${i}`}>
                <td>{badge.name}</td>
                <td>{t(`answers.badgeRoles.${badge.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case "load_in":
    case "load_out": {
      const a = answers as { slotId: number };
      const slot = lookups.slots.find((s) => s.id === a.slotId);
      const text = slot
        ? `${formatDateTime(locale, new Date(slot.startsAt))} – ${formatDateTime(locale, new Date(slot.endsAt))}`
        : t("answers.unknownSlot", { id: String(a.slotId) });
      return <Facts rows={[[t("answers.slot"), text]]} />;
    }
    case "vehicle": {
      const a = answers as { plate: string; lengthM: number; heightM: number };
      return (
        <Facts
          rows={[
            [t("answers.plate"), a.plate],
            [t("answers.lengthM"), t("answers.metres", { value: formatNumber(locale, a.lengthM, 1) })],
            [t("answers.heightM"), t("answers.metres", { value: formatNumber(locale, a.heightM, 1) })],
          ]}
        />
      );
    }
    case "insurance": {
      const a = answers as { insurer: string; policyNumber: string; validUntil: string };
      return (
        <Facts
          rows={[
            [t("answers.insurer"), a.insurer],
            [t("answers.policyNumber"), a.policyNumber],
            [t("answers.validUntil"), formatDate(locale, a.validUntil)],
          ]}
        />
      );
    }
    case "fire_rating": {
      const a = answers as { materials: { name: string; rating: string }[] };
      return (
        <table className="lr-table">
          <thead>
            <tr>
              <th scope="col">{t("answers.material")}</th>
              <th scope="col">{t("answers.rating")}</th>
            </tr>
          </thead>
          <tbody>
            {a.materials.map((material, i) => (
              <tr key={`${material.name}-${i}`}>
                <td>{material.name}</td>
                <td>{material.rating}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case "machines": {
      const a = answers as {
        machines: boolean;
        lasers: boolean;
        laserClass: string | null;
        dangerousProducts: boolean;
        description: string;
      };
      return (
        <Facts
          rows={[
            [t("answers.machines"), yesNo(a.machines)],
            [t("answers.lasers"), yesNo(a.lasers)],
            ...(a.lasers ? [[t("answers.laserClass"), a.laserClass ?? "—"] as [string, ReactNode]] : []),
            [t("answers.dangerousProducts"), yesNo(a.dangerousProducts)],
            [t("answers.description"), <span className="lr-multiline">{a.description || "—"}</span>],
          ]}
        />
      );
    }
    case "safety_rules": {
      const a = answers as { accepted: boolean; signatoryName: string };
      return (
        <Facts
          rows={[
            [t("answers.accepted"), yesNo(a.accepted)],
            [t("answers.signatoryName"), a.signatoryName],
          ]}
        />
      );
    }
  }
}
