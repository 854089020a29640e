import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * A toolbar button: its visible text is its accessible name, the title adds the shortcut, and a
 * pressed state is announced for tools and modes.
 */
export function ActionButton({
  label,
  shortcut,
  onClick,
  disabled = false,
  pressed,
  children,
}: {
  label: string;
  shortcut?: string;
  onClick: () => void;
  disabled?: boolean;
  pressed?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation("editor");
  return (
    <button
      type="button"
      className="editor-button"
      title={shortcut ? t("shortcut", { label, key: shortcut }) : label}
      aria-keyshortcuts={shortcut}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
    >
      {children ?? label}
    </button>
  );
}
