import type { ReactNode } from "react";
import { FieldError, FieldHint, useFieldIds } from "./field-ids";

type ChoiceGroupProps = {
  /** The field name (radios), or a name for the ids only when each checkbox has its own `name`. */
  name: string;
  legend: string;
  type: "radio" | "checkbox";
  choices: readonly { value: string; label: string; name?: string }[];
  /** Radios: the chosen value. Checkboxes: the names (or values) ticked. */
  checked: readonly string[];
  error?: string;
  hint?: string;
  /** Extra content after the choices (e.g. the field a "custom" choice opens). */
  children?: ReactNode;
};

/**
 * Radios or checkboxes grouped in a fieldset whose legend names the question. The error is tied to
 * every control (`aria-describedby`), and the first one carries `aria-invalid` so focus lands there.
 */
export function ChoiceGroup({
  name,
  legend,
  type,
  choices,
  checked,
  error,
  hint,
  children,
}: ChoiceGroupProps) {
  const ids = useFieldIds(name, { hint, error });
  return (
    <fieldset className={error ? "choice-group form-field--invalid" : "choice-group"}>
      <legend className="form-field__label">{legend}</legend>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <div className="choice-group__choices">
        {choices.map((choice, index) => {
          const inputName = choice.name ?? name;
          const key = choice.name ?? choice.value;
          return (
            <label key={key} className="choice-group__choice">
              <input
                type={type}
                name={inputName}
                value={choice.name ? "on" : choice.value}
                defaultChecked={checked.includes(key)}
                aria-invalid={error && index === 0 ? true : undefined}
                aria-describedby={ids.describedBy}
              />
              <span>{choice.label}</span>
            </label>
          );
        })}
      </div>
      {children}
      <FieldError id={ids.errorId}>{error}</FieldError>
    </fieldset>
  );
}
