import { FieldError, FieldHint, useFieldIds } from "./field-ids";

type FileFieldProps = {
  name: string;
  label: string;
  /** MIME types the picker offers; the server still decides by content. */
  accept: string;
  error?: string;
  hint?: string;
};

/** A labelled file input (never pre-filled: browsers do not allow it). */
export function FileField({ name, label, accept, error, hint }: FileFieldProps) {
  const ids = useFieldIds(name, { hint, error });
  return (
    <div className={error ? "form-field form-field--invalid" : "form-field"}>
      <label htmlFor={ids.id} className="form-field__label">
        {label}
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <input
        id={ids.id}
        type="file"
        name={name}
        accept={accept}
        className="form-field__file"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
