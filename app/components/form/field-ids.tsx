import { useId } from "react";

/**
 * Ids tying a control to its hint and error, so assistive technologies read them with it
 * (`aria-describedby`). The same recipe as FormField, for selects, groups and checkboxes.
 */
export function useFieldIds(name: string, { hint, error }: { hint?: string; error?: string }) {
  const id = `${name}-${useId()}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { id, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

export function FieldHint({ id, children }: { id: string | undefined; children?: string }) {
  return id && children ? (
    <p id={id} className="form-field__hint">
      {children}
    </p>
  ) : null;
}

export function FieldError({ id, children }: { id: string | undefined; children?: string }) {
  return id && children ? (
    <p id={id} className="form-field__error">
      {children}
    </p>
  ) : null;
}
