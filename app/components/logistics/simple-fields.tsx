import { useTranslation } from "react-i18next";
import { CheckboxField } from "../form/checkbox-field";
import { ChoiceGroup } from "../form/choice-group";
import { SelectField } from "../form/select-field";
import { formatNumber } from "~/i18n/format";
import { laserClasses } from "~/models/logistics-answers";
import { useLocale } from "../use-locale";
import { Field } from "./field";
import { useFieldError } from "./use-field-error";

export interface FieldsProps {
  values: Record<string, string>;
  errors: Record<string, string>;
}

export function ElectricalFields({
  values,
  errors,
  power,
}: FieldsProps & { power: { powerKw: number; phases: number; power24h: boolean } }) {
  const { t } = useTranslation("logistics");
  const locale = useLocale();
  const error = useFieldError(errors);
  return (
    <>
      <p className="card__note">
        {t("fields.currentDemand", {
          kw: formatNumber(locale, power.powerKw, power.powerKw % 1 === 0 ? 0 : 1),
          phases: t(power.phases === 3 ? "fields.phase3" : "fields.phase1"),
        })}
      </p>
      <Field
        name="kw"
        label={t("fields.kw")}
        type="number"
        min={0}
        max={250}
        step="any"
        inputMode="decimal"
        hint={t("fields.kwHint")}
        defaultValue={values.kw}
        error={error("kw")}
        required
      />
      <ChoiceGroup
        name="phases"
        legend={t("fields.phases")}
        type="radio"
        choices={[
          { value: "1", label: t("fields.phase1") },
          { value: "3", label: t("fields.phase3") },
        ]}
        checked={values.phases ? [values.phases] : []}
        error={error("phases")}
      />
      <CheckboxField
        name="supply24h"
        label={t("fields.supply24h")}
        defaultChecked={values.supply24h === "on"}
        error={error("supply24h")}
      />
    </>
  );
}

export function VehicleFields({ values, errors }: FieldsProps) {
  const { t } = useTranslation("logistics");
  const error = useFieldError(errors);
  return (
    <>
      <Field
        name="plate"
        label={t("fields.plate")}
        hint={t("fields.plateHint")}
        maxLength={15}
        defaultValue={values.plate}
        error={error("plate")}
        required
      />
      <Field
        name="lengthM"
        label={t("fields.lengthM")}
        type="number"
        min={1}
        max={20}
        step="any"
        inputMode="decimal"
        defaultValue={values.lengthM}
        error={error("lengthM")}
        required
      />
      <Field
        name="heightM"
        label={t("fields.heightM")}
        type="number"
        min={1}
        max={5}
        step="any"
        inputMode="decimal"
        defaultValue={values.heightM}
        error={error("heightM")}
        required
      />
    </>
  );
}

export function InsuranceFields({ values, errors }: FieldsProps) {
  const { t } = useTranslation("logistics");
  const error = useFieldError(errors);
  return (
    <>
      <Field
        name="insurer"
        label={t("fields.insurer")}
        maxLength={120}
        defaultValue={values.insurer}
        error={error("insurer")}
        required
      />
      <Field
        name="policyNumber"
        label={t("fields.policyNumber")}
        maxLength={60}
        defaultValue={values.policyNumber}
        error={error("policyNumber")}
        required
      />
      <Field
        name="validUntil"
        label={t("fields.validUntil")}
        type="date"
        defaultValue={values.validUntil}
        error={error("validUntil")}
        required
      />
    </>
  );
}

export function MachinesFields({ values, errors }: FieldsProps) {
  const { t } = useTranslation("logistics");
  const error = useFieldError(errors);
  return (
    <>
      <CheckboxField
        name="machines"
        label={t("fields.machines")}
        defaultChecked={values.machines === "on"}
        error={error("machines")}
      />
      <CheckboxField
        name="lasers"
        label={t("fields.lasers")}
        defaultChecked={values.lasers === "on"}
        error={error("lasers")}
        hint={t("fields.laserDocumentsRequired")}
      />
      <SelectField
        name="laserClass"
        label={t("fields.laserClass")}
        options={laserClasses.map((value) => ({ value, label: value }))}
        placeholder={t("fields.ratingPlaceholder")}
        defaultValue={values.laserClass}
        error={error("laserClass")}
        required={false}
      />
      <CheckboxField
        name="dangerousProducts"
        label={t("fields.dangerousProducts")}
        defaultChecked={values.dangerousProducts === "on"}
        error={error("dangerousProducts")}
      />
      <Field
        name="description"
        label={t("fields.description")}
        rows={5}
        maxLength={2000}
        defaultValue={values.description}
        error={error("description")}
      />
    </>
  );
}

export function SafetyFields({ values, errors }: FieldsProps) {
  const { t } = useTranslation("logistics");
  const error = useFieldError(errors);
  return (
    <>
      <CheckboxField
        name="accepted"
        label={t("fields.accepted")}
        defaultChecked={values.accepted === "on"}
        error={error("accepted")}
        required
      />
      <Field
        name="signatoryName"
        label={t("fields.signatoryName")}
        maxLength={120}
        autoComplete="name"
        defaultValue={values.signatoryName}
        error={error("signatoryName")}
        required
      />
    </>
  );
}
