import { FieldError, FieldHint, useFieldIds } from "./field-ids";

export interface SelectOption {
  value: string;
  label: string;
}

type SelectFieldProps = {
  name: string;
  label: string;
  options: readonly SelectOption[];
  /** The first, empty choice ("Choose…"); omit it when a value is always chosen. */
  placeholder?: string;
  defaultValue?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  autoComplete?: string;
};

/** A labelled select whose hint and error are tied to it, like FormField. */
export function SelectField({
  name,
  label,
  options,
  placeholder,
  defaultValue,
  error,
  hint,
  required = true,
  autoComplete,
}: SelectFieldProps) {
  const ids = useFieldIds(name, { hint, error });
  return (
    <div className={error ? "form-field form-field--invalid" : "form-field"}>
      <label htmlFor={ids.id} className="form-field__label">
        {label}
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <select
        id={ids.id}
        name={name}
        className="form-field__input"
        defaultValue={defaultValue ?? ""}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
