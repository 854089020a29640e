import type { ComponentProps } from "react";
import { useTranslation } from "react-i18next";
import { FormField as BaseFormField } from "~/components/form/form-field";
import type { FieldErrorCode } from "./form.server";

export { FormAlert, useFocusOnErrors } from "~/components/form/form-field";

type FormFieldProps = Omit<ComponentProps<typeof BaseFormField>, "error" | "rows"> & {
  type?: "text" | "email" | "password";
  error?: FieldErrorCode;
};

/** The shared field, with its error given as a code of auth.errors. */
export function FormField({ error, ...props }: FormFieldProps) {
  const { t } = useTranslation("auth");
  return <BaseFormField {...props} error={error ? t(`errors.${error}`) : undefined} />;
}
