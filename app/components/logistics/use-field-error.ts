import { useTranslation } from "react-i18next";

/** The translated error of a field, if any (errors are keys of the logistics namespace). */
export function useFieldError(errors: Record<string, string>, params: Record<string, unknown> = {}) {
  const { t } = useTranslation("logistics");
  return (name: string): string | undefined => {
    const key = errors[name];
    return key ? String(t(key as "fieldErrors.form", params as never)) : undefined;
  };
}
