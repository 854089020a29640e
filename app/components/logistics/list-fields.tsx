import { useTranslation } from "react-i18next";
import { SelectField } from "../form/select-field";
import { formatNumber } from "~/i18n/format";
import { badgeRoles, fireRatings } from "~/models/logistics-answers";
import { MATERIAL_ROWS } from "~/models/logistics-form-input";
import type { BadgeAllowance } from "~/models/logistics-forms.server";
import { useLocale } from "../use-locale";
import { Field } from "./field";
import type { FieldsProps } from "./simple-fields";
import { useFieldError } from "./use-field-error";

/** One row per badge allowed: without JavaScript, the page offers exactly what may be asked for. */
export function BadgesFields({ values, errors, allowance }: FieldsProps & { allowance: BadgeAllowance }) {
  const { t } = useTranslation("logistics");
  const locale = useLocale();
  const error = useFieldError(errors, { limit: String(allowance.limit) });
  const rows = Math.max(
    allowance.limit,
    Object.keys(values).filter((k) => /^badges\.\d+\.name$/.test(k)).length,
  );
  const params = {
    limit: String(allowance.limit),
    base: String(allowance.base),
    perM2: String(allowance.perM2),
    area: formatNumber(locale, allowance.areaM2, allowance.areaM2 % 1 === 0 ? 0 : 1),
  };
  return (
    <>
      <p className="card__note" id="badge-limit">
        {t(allowance.areaM2 > 0 ? "fields.badgeLimit" : "fields.badgeLimitNoStand", params)}{" "}
        {t("fields.leaveEmpty")}
      </p>
      {error("badges") ? (
        <p className="form-field__error" role="alert">
          {error("badges")}
        </p>
      ) : null}
      {Array.from({ length: rows }, (_, i) => (
        <fieldset key={i} className="logistics-row">
          <legend>{t("fields.badgeRow", { n: String(i + 1) })}</legend>
          <Field
            name={`badges.${i}.name`}
            label={t("fields.name")}
            maxLength={80}
            defaultValue={values[`badges.${i}.name`]}
            error={error(`badges.${i}.name`)}
          />
          <SelectField
            name={`badges.${i}.role`}
            label={t("fields.role")}
            options={badgeRoles.map((role) => ({ value: role, label: t(`fields.roles.${role}`) }))}
            defaultValue={values[`badges.${i}.role`] ?? "exhibitor"}
            error={error(`badges.${i}.role`)}
            required={false}
          />
        </fieldset>
      ))}
    </>
  );
}

export function FireRatingFields({ values, errors }: FieldsProps) {
  const { t } = useTranslation("logistics");
  const error = useFieldError(errors);
  const stored = Object.keys(values).filter((k) => /^materials\.\d+\.name$/.test(k)).length;
  return (
    <>
      <p className="card__note">{t("fields.leaveEmpty")}</p>
      {Array.from({ length: Math.max(MATERIAL_ROWS, stored + 2) }, (_, i) => (
        <fieldset key={i} className="logistics-row">
          <legend>{t("fields.material", { n: String(i + 1) })}</legend>
          <Field
            name={`materials.${i}.name`}
            label={t("fields.materialName")}
            maxLength={120}
            defaultValue={values[`materials.${i}.name`]}
            error={error(`materials.${i}.name`)}
          />
          <SelectField
            name={`materials.${i}.rating`}
            label={t("fields.rating")}
            options={fireRatings.map((value) => ({ value, label: value }))}
            placeholder={t("fields.ratingPlaceholder")}
            defaultValue={values[`materials.${i}.rating`]}
            error={error(`materials.${i}.rating`)}
            required={false}
          />
        </fieldset>
      ))}
    </>
  );
}
