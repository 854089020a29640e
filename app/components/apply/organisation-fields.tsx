import { useTranslation } from "react-i18next";
import { FormField } from "~/components/form/form-field";
import { FileField } from "~/components/form/file-field";
import { SelectField } from "~/components/form/select-field";
import { useLocale } from "~/components/use-locale";
import type { CountryOption } from "~/models/countries";
import { LEGAL_FORMS } from "~/models/legal-forms";
import { LIMITS, SECTOR_CODES, sectorLabel } from "~/models/application-form-options";
import type { StepErrors } from "~/models/application-form-schemas";
import { textOf, type FieldValues } from "~/models/application-form-values";
import { useFieldErrors } from "./use-field-errors";

export interface OrganisationFieldsProps {
  values: FieldValues;
  errors: StepErrors;
  countries: CountryOption[];
  /** Where the current logo is served, if there is one. */
  logoUrl: string | null;
  /** The first step also asks for the applicant's name and e-mail (where the resume link goes). */
  withContact: boolean;
  /** After a refused submission: a chosen file is never kept, say so. */
  resubmitted: boolean;
}

/** The organisation step's fields (the caller supplies the form, its encoding and its buttons). */
export function OrganisationFields({
  values,
  errors,
  countries,
  logoUrl,
  withContact,
  resubmitted,
}: OrganisationFieldsProps) {
  const { t } = useTranslation("applyForm");
  const locale = useLocale();
  const error = useFieldErrors(errors);
  const optional = (label: string) => `${label} ${t("optional")}`;
  const text = (name: string) => textOf(values, name);
  return (
    <>
      <fieldset className="form-section">
        <legend className="form-section__legend">{t("organisation.legend")}</legend>
        <FormField
          name="name"
          label={t("organisation.name")}
          autoComplete="organization"
          maxLength={LIMITS.organisationName}
          defaultValue={text("name")}
          error={error("name")}
        />
        <SelectField
          name="legalForm"
          label={t("organisation.legalForm")}
          placeholder={t("organisation.legalFormPlaceholder")}
          options={LEGAL_FORMS.map((form) => ({ value: form.code, label: t(`legalForms.${form.code}`) }))}
          defaultValue={text("legalForm")}
          error={error("legalForm")}
        />
        <FormField
          name="siret"
          label={t("organisation.siret")}
          hint={t("organisation.siretHint")}
          maxLength={LIMITS.siretInput}
          defaultValue={text("siret")}
          error={error("siret")}
          required={false}
        />
        <FormField
          name="address"
          label={t("organisation.address")}
          autoComplete="street-address"
          maxLength={LIMITS.address}
          defaultValue={text("address")}
          error={error("address")}
        />
        <div className="form-row">
          <FormField
            name="postcode"
            label={t("organisation.postcode")}
            autoComplete="postal-code"
            maxLength={LIMITS.postcode}
            defaultValue={text("postcode")}
            error={error("postcode")}
          />
          <FormField
            name="city"
            label={t("organisation.city")}
            autoComplete="address-level2"
            maxLength={LIMITS.city}
            defaultValue={text("city")}
            error={error("city")}
          />
        </div>
        <SelectField
          name="country"
          label={t("organisation.country")}
          options={countries.map((country) => ({ value: country.code, label: country.name }))}
          defaultValue={text("country") || "FR"}
          autoComplete="country"
          error={error("country")}
        />
        <FormField
          name="website"
          label={optional(t("organisation.website"))}
          hint={t("organisation.websiteHint")}
          autoComplete="url"
          maxLength={LIMITS.website}
          defaultValue={text("website")}
          error={error("website")}
          required={false}
        />
        <SelectField
          name="sector"
          label={t("organisation.sector")}
          placeholder={t("organisation.sectorPlaceholder")}
          options={SECTOR_CODES.map((code) => ({ value: code, label: sectorLabel(code, locale) }))}
          defaultValue={text("sector")}
          error={error("sector")}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section__legend">{t("organisation.descriptions")}</legend>
        <p className="form-field__hint">{t("organisation.descriptionHint")}</p>
        <FormField
          name="descriptionFr"
          label={t("organisation.descriptionFr")}
          rows={5}
          maxLength={LIMITS.description}
          defaultValue={text("descriptionFr")}
          error={error("descriptionFr")}
          required={false}
        />
        <FormField
          name="descriptionEn"
          label={t("organisation.descriptionEn")}
          rows={5}
          maxLength={LIMITS.description}
          defaultValue={text("descriptionEn")}
          error={error("descriptionEn")}
          required={false}
        />
        {logoUrl ? (
          <figure className="logo-preview">
            <img src={logoUrl} alt={t("organisation.logoCurrent")} />
            <figcaption>{t("organisation.logoCurrent")}</figcaption>
          </figure>
        ) : null}
        <FileField
          name="logo"
          label={optional(t("organisation.logo"))}
          accept="image/png,image/jpeg"
          hint={[
            t("organisation.logoHint"),
            logoUrl ? t("organisation.logoReplaceHint") : "",
            resubmitted ? t("organisation.logoAgain") : "",
          ]
            .filter(Boolean)
            .join(" ")}
          error={error("logo")}
        />
      </fieldset>
      {withContact ? (
        <fieldset className="form-section">
          <legend className="form-section__legend">{t("organisation.you")}</legend>
          <p className="form-field__hint">{t("organisation.youHint")}</p>
          <FormField
            name="contactName"
            label={t("contacts.name")}
            autoComplete="name"
            maxLength={LIMITS.personName}
            defaultValue={text("contactName")}
            error={error("contactName")}
          />
          <FormField
            name="contactEmail"
            type="email"
            label={t("contacts.email")}
            autoComplete="email"
            maxLength={LIMITS.email}
            defaultValue={text("contactEmail")}
            error={error("contactEmail")}
          />
        </fieldset>
      ) : null}
    </>
  );
}
