import { FieldError, FieldHint, useFieldIds } from "./field-ids";

type CheckboxFieldProps = {
  name: string;
  label: string;
  defaultChecked?: boolean;
  error?: string;
  hint?: string;
  required?: boolean;
};

/** One checkbox with its label beside it, and its hint and error tied to it. */
export function CheckboxField({ name, label, defaultChecked, error, hint, required }: CheckboxFieldProps) {
  const ids = useFieldIds(name, { hint, error });
  return (
    <div className={error ? "form-field form-field--invalid checkbox-field" : "form-field checkbox-field"}>
      <div className="checkbox-field__row">
        <input
          id={ids.id}
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        />
        <label htmlFor={ids.id}>{label}</label>
      </div>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
