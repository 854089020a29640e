import { useId, type ReactNode } from "react";

/**
 * An input that applies its value when the user is done with it (Enter or leaving the field), as
 * one command — not one per keystroke, which would fill the undo history with letters. When the
 * command refuses the value, the field goes back to the document's.
 *
 * A number is typed in a text field with a decimal keyboard, not an `<input type="number">`:
 * Chromium's number field drops a decimal comma before the page sees it (« 3,5 » reads 35), and
 * French users write one. `parseDecimal` takes either.
 */
export function CommitField({
  label,
  value,
  onCommit,
  type = "text",
  disabled = false,
  multiline = false,
  hint,
}: {
  label: string;
  value: string;
  onCommit: (text: string) => boolean;
  type?: "text" | "number";
  disabled?: boolean;
  multiline?: boolean;
  hint?: ReactNode;
}) {
  const id = useId();
  const commit = (el: HTMLInputElement | HTMLTextAreaElement) => {
    if (el.value === value) return;
    if (!onCommit(el.value)) el.value = value;
  };
  const common = {
    id,
    defaultValue: value,
    disabled,
    onBlur: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => commit(e.currentTarget),
  };
  return (
    <div className="editor-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        // A new document value (undo, a drag, another field) resets what the field shows.
        <textarea key={value} {...common} rows={3} />
      ) : (
        <input
          key={value}
          {...common}
          {...(type === "number" ? DECIMAL_INPUT : { type: "text" })}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit(e.currentTarget);
          }}
        />
      )}
      {hint}
    </div>
  );
}

/** The attributes of a field for a decimal number (see CommitField). */
export const DECIMAL_INPUT = {
  type: "text",
  inputMode: "decimal",
  autoComplete: "off",
  spellCheck: false,
} as const;

/** A number typed with a comma (French) or a point; NaN when it is not one. */
export function parseDecimal(text: string): number {
  const trimmed = text.trim().replace(",", ".");
  return trimmed === "" ? Number.NaN : Number(trimmed);
}
