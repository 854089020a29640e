import { useEffect, useId, useRef, type ReactNode, type RefObject } from "react";

type FormFieldProps = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "number" | "search";
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  /** The error, already in the reader's language. */
  error?: string;
  hint?: string;
  defaultValue?: string;
  autoComplete?: string;
  maxLength?: number;
  readOnly?: boolean;
  /** Defaults to "required unless read-only", what the auth forms want. */
  required?: boolean;
};

/** A labelled input (or textarea) whose error and hint are tied to it for assistive technologies. */
export function FormField({
  name,
  label,
  type = "text",
  rows,
  error,
  hint,
  defaultValue,
  autoComplete,
  maxLength,
  readOnly,
  required = !readOnly,
}: FormFieldProps) {
  const id = `${name}-${useId()}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const shared = {
    id,
    name,
    className: "form-field__input",
    defaultValue,
    maxLength,
    readOnly,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
  };
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
      {rows ? (
        <textarea rows={rows} {...shared} />
      ) : (
        <input type={type} autoComplete={autoComplete} {...shared} />
      )}
      {error ? (
        <p id={errorId} className="form-field__error">
          {error}
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

/** The message at the top of a form; focusable so it can receive focus. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <div role="alert" tabIndex={-1} className="form-alert">
      {children}
    </div>
  );
}
