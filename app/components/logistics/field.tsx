import type { HTMLInputTypeAttribute } from "react";
import { FieldError, FieldHint, useFieldIds } from "../form/field-ids";

type FieldProps = {
  name: string;
  label: string;
  type?: HTMLInputTypeAttribute;
  defaultValue?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  min?: number;
  max?: number;
  step?: number | "any";
  maxLength?: number;
  rows?: number;
  inputMode?: "decimal" | "numeric" | "text";
  autoComplete?: string;
  className?: string;
};

/** A labelled input of any type (numbers, dates) with its hint and error tied to it. */
export function Field({ name, label, type = "text", error, hint, rows, className, ...input }: FieldProps) {
  const ids = useFieldIds(name, { hint, error });
  const shared = {
    id: ids.id,
    name,
    className: "form-field__input",
    "aria-invalid": error ? true : undefined,
    "aria-describedby": ids.describedBy,
    defaultValue: input.defaultValue,
    required: input.required,
    maxLength: input.maxLength,
  };
  return (
    <div className={`form-field${error ? " form-field--invalid" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={ids.id} className="form-field__label">
        {label}
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      {rows ? (
        <textarea rows={rows} {...shared} />
      ) : (
        <input
          type={type}
          min={input.min}
          max={input.max}
          step={input.step}
          inputMode={input.inputMode}
          autoComplete={input.autoComplete}
          {...shared}
        />
      )}
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
