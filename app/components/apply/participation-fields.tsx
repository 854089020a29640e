import { useTranslation } from "react-i18next";
import { CheckboxField } from "~/components/form/checkbox-field";
import { ChoiceGroup } from "~/components/form/choice-group";
import { FormField } from "~/components/form/form-field";
import { SelectField } from "~/components/form/select-field";
import {
  AREA_CHOICES,
  DECLARATION_KEYS,
  LIMITS,
  NOISE_LEVELS,
  PHASES,
  STAND_KINDS,
  type PavilionOption,
} from "~/models/application-form-options";
import type { StepErrors } from "~/models/application-form-schemas";
import { textOf, type FieldValues } from "~/models/application-form-values";
import { useFieldErrors } from "./use-field-errors";

export interface ParticipationFieldsProps {
  values: FieldValues;
  errors: StepErrors;
  /** The event's pavilion zones; without any, the pavilion stand kind is not offered. */
  pavilions: PavilionOption[];
}

/** Stand kind and area, electricity, demonstrations, safety declarations, noise and pavilion wish. */
export function ParticipationFields({ values, errors, pavilions }: ParticipationFieldsProps) {
  const { t } = useTranslation("applyForm");
  const error = useFieldErrors(errors);
  const text = (name: string) => textOf(values, name);
  const kinds = pavilions.length > 0 ? STAND_KINDS : STAND_KINDS.filter((kind) => kind !== "pavilion");
  const ticked = (names: readonly string[]) => names.filter((name) => text(name) === "on");
  return (
    <>
      <ChoiceGroup
        name="standKind"
        type="radio"
        legend={t("participation.standKind")}
        choices={kinds.map((kind) => ({ value: kind, label: t(`participation.standKinds.${kind}`) }))}
        checked={[text("standKind") || "shell"]}
        error={error("standKind")}
      />
      <ChoiceGroup
        name="areaChoice"
        type="radio"
        legend={t("participation.area")}
        choices={AREA_CHOICES.map((choice) => ({
          value: choice,
          label:
            choice === "custom"
              ? t("participation.areaCustom")
              : t("participation.areaPreset", { value: choice }),
        }))}
        checked={[text("areaChoice") || "9"]}
        error={error("areaChoice")}
      >
        <FormField
          name="areaCustom"
          label={t("participation.areaCustomValue")}
          hint={t("participation.areaCustomHint")}
          maxLength={20}
          defaultValue={text("areaCustom")}
          error={error("areaCustom")}
          required={false}
        />
      </ChoiceGroup>
      <fieldset className="form-section">
        <legend className="form-section__legend">{t("participation.power")}</legend>
        <FormField
          name="powerKw"
          label={t("participation.powerKw")}
          hint={t("participation.powerHint")}
          maxLength={20}
          defaultValue={text("powerKw") || "0"}
          error={error("powerKw")}
        />
        <ChoiceGroup
          name="phases"
          type="radio"
          legend={t("participation.phases")}
          choices={PHASES.map((phase) => ({
            value: phase,
            label: t(phase === "1" ? "participation.phase1" : "participation.phase3"),
          }))}
          checked={[text("phases") || "1"]}
          error={error("phases")}
        />
        <CheckboxField
          name="power24h"
          label={t("participation.power24h")}
          defaultChecked={text("power24h") === "on"}
          error={error("power24h")}
        />
      </fieldset>
      <FormField
        name="demoDescription"
        label={`${t("participation.demoDescription")} ${t("optional")}`}
        hint={t("participation.demoHint")}
        rows={4}
        maxLength={LIMITS.demoDescription}
        defaultValue={text("demoDescription")}
        error={error("demoDescription")}
        required={false}
      />
      <ChoiceGroup
        name="declarations"
        type="checkbox"
        legend={t("participation.declarations")}
        hint={t("participation.declarationsHint")}
        choices={DECLARATION_KEYS.map((key) => ({ value: key, name: key, label: t(`participation.${key}`) }))}
        checked={ticked(DECLARATION_KEYS)}
        error={DECLARATION_KEYS.map(error).find(Boolean)}
      >
        <FormField
          name="declarationDetails"
          label={t("participation.declarationDetails")}
          hint={t("participation.declarationDetailsHint")}
          rows={3}
          maxLength={LIMITS.declarationDetails}
          defaultValue={text("declarationDetails")}
          error={error("declarationDetails")}
          required={false}
        />
      </ChoiceGroup>
      <ChoiceGroup
        name="noise"
        type="radio"
        legend={t("participation.noise")}
        choices={NOISE_LEVELS.map((level) => ({
          value: level,
          label: t(`participation.noiseLevels.${level}`),
        }))}
        checked={[text("noise") || "normal"]}
        error={error("noise")}
      />
      {pavilions.length > 0 ? (
        <SelectField
          name="pavilionCode"
          label={t("participation.pavilion")}
          hint={t("participation.pavilionHint")}
          placeholder={t("participation.pavilionNone")}
          options={pavilions.map((pavilion) => ({ value: pavilion.code, label: pavilion.name }))}
          defaultValue={text("pavilionCode")}
          error={error("pavilionCode")}
          required={false}
        />
      ) : null}
    </>
  );
}
