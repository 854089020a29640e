import { useTranslation } from "react-i18next";
import { FormField } from "~/components/form/form-field";
import { CONTACT_ROLES, LIMITS } from "~/models/application-form-options";
import type { StepErrors } from "~/models/application-form-schemas";
import { textOf, type FieldValues } from "~/models/application-form-values";
import { useFieldErrors } from "./use-field-errors";

/** The main contact (required) and the optional on-site, billing, press and technical contacts. */
export function ContactsFields({ values, errors }: { values: FieldValues; errors: StepErrors }) {
  const { t } = useTranslation("applyForm");
  const error = useFieldErrors(errors);
  const person = (prefix: string, required: boolean) => (
    <>
      <FormField
        name={`${prefix}Name`}
        label={t("contacts.name")}
        autoComplete={required ? "name" : "off"}
        maxLength={LIMITS.personName}
        defaultValue={textOf(values, `${prefix}Name`)}
        error={error(`${prefix}Name`)}
        required={required}
      />
      <FormField
        name={`${prefix}Email`}
        type="email"
        label={t("contacts.email")}
        autoComplete={required ? "email" : "off"}
        maxLength={LIMITS.email}
        defaultValue={textOf(values, `${prefix}Email`)}
        error={error(`${prefix}Email`)}
        required={required}
      />
      <FormField
        name={`${prefix}Phone`}
        label={required ? t("contacts.phone") : `${t("contacts.phone")} ${t("optional")}`}
        autoComplete={required ? "tel" : "off"}
        maxLength={LIMITS.phone}
        defaultValue={textOf(values, `${prefix}Phone`)}
        error={error(`${prefix}Phone`)}
        required={required}
      />
    </>
  );
  return (
    <>
      <fieldset className="form-section">
        <legend className="form-section__legend">{t("contacts.main")}</legend>
        <p className="form-field__hint">{t("contacts.mainHint")}</p>
        {person("contact", true)}
      </fieldset>
      <section className="form-section form-section--plain" aria-labelledby="other-contacts">
        <h2 id="other-contacts" className="form-section__legend">
          {t("contacts.others")}
        </h2>
        <p className="form-field__hint">{t("contacts.othersHint")}</p>
        {CONTACT_ROLES.map((role) => (
          <fieldset key={role} className="form-subsection">
            <legend className="form-subsection__legend">{t(`contacts.roles.${role}`)}</legend>
            {person(role, false)}
          </fieldset>
        ))}
      </section>
    </>
  );
}
