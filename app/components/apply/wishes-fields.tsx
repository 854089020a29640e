import { useTranslation } from "react-i18next";
import type { OrganisationOption } from "~/models/application-form-options";
import type { StepErrors } from "~/models/application-form-schemas";
import { listOf, type FieldValues } from "~/models/application-form-values";
import { OrganisationPicker } from "./organisation-picker";
import { useFieldErrors } from "./use-field-errors";

/** Neighbours wished and competitors to keep away, chosen among the event's known exhibitors. */
export function WishesFields({
  values,
  errors,
  candidates,
}: {
  values: FieldValues;
  errors: StepErrors;
  candidates: OrganisationOption[];
}) {
  const { t } = useTranslation("applyForm");
  const error = useFieldErrors(errors);
  return (
    <>
      {/* Keyed by the values, so a refused submission's echo resets the pickers' own state. */}
      <OrganisationPicker
        key={`near-${listOf(values, "near").join()}`}
        name="near"
        legend={t("wishes.near")}
        hint={t("wishes.nearHint")}
        candidates={candidates}
        chosen={listOf(values, "near")}
        error={error("near")}
      />
      <OrganisationPicker
        key={`avoid-${listOf(values, "avoid").join()}`}
        name="avoid"
        legend={t("wishes.avoid")}
        hint={t("wishes.avoidHint")}
        candidates={candidates}
        chosen={listOf(values, "avoid")}
        error={error("avoid")}
      />
    </>
  );
}
