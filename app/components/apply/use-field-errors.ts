import { useTranslation } from "react-i18next";
import type { StepErrors } from "~/models/application-form-schemas";

/** The translated error of a field, or undefined: what the field components take as `error`. */
export function useFieldErrors(errors: StepErrors) {
  const { t } = useTranslation("applyForm");
  return (field: string): string | undefined => {
    const code = errors[field];
    return code ? t(`errors.${code}`) : undefined;
  };
}
