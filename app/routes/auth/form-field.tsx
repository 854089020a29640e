import { useEffect, useId, useRef, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrorCode } from "./form.server";

type FormFieldProps = {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  error?: FieldErrorCode;
  hint?: string;
  defaultValue?: string;
  autoComplete?: string;
  maxLength?: number;
  readOnly?: boolean;
};

/** A labelled input whose error (and hint) are tied to it for assistive technologies. */
export function FormField({
  name,
  label,
  type = "text",
  error,
  hint,
  defaultValue,
  autoComplete,
  maxLength,
  readOnly,
}: FormFieldProps) {
  const { t } = useTranslation("auth");
  const id = `${name}-${useId()}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "form-field form-field--invalid" : "form-field"}>
      <label htmlFor={id} className="form-field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        className="form-field__input"
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        maxLength={maxLength}
        readOnly={readOnly}
        required={!readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error ? (
        <p id={errorId} className="form-field__error">
          {t(`errors.${error}`)}
        </p>
      ) : null}
    </div>
  );
}

/**
 * After a submission comes back with errors, moves focus to the first invalid field (or, failing
 * that, to the form's alert) so keyboard and screen-reader users land on what needs fixing.
 */
export function useFocusOnErrors(result: unknown): RefObject<HTMLFormElement | null> {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!result || !formRef.current) return;
    const target =
      formRef.current.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      formRef.current.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  }, [result]);
  return formRef;
}

/** The message at the top of a form (wrong credentials, lock-out); focusable so it can receive focus. */
export function FormAlert({ children }: { children: React.ReactNode }) {
  return (
    <div role="alert" tabIndex={-1} className="form-alert">
      {children}
    </div>
  );
}
