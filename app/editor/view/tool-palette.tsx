import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { obstacleKinds, zoneKinds, type Obstacle, type Zone } from "../../../floorplans/format/schema";
import { MAX_ROW_COUNT, STAND_PRESETS, type StandPreset } from "../model";
import { ActionButton } from "./action-button";
import { useUi, type EditorSession } from "./session";
import { EDIT_TOOLS, TOOL_KEYS, TOOLS, type ToolId } from "./ui-state";

const PRESETS = Object.keys(STAND_PRESETS) as StandPreset[];

/** The tools (one at a time), stand formats, and what the next obstacle, zone or row will be. */
export function ToolPalette({ session }: { session: EditorSession }) {
  const { t } = useTranslation("editor");
  const { ui, canEdit } = session;
  const tool = useUi(session, (s) => s.tool);
  const preset = useUi(session, (s) => s.preset);
  const rowCount = useUi(session, (s) => s.rowCount);
  const obstacleKind = useUi(session, (s) => s.obstacleKind);
  const zoneKind = useUi(session, (s) => s.zoneKind);
  const tools = TOOLS.filter((id) => canEdit || !EDIT_TOOLS.includes(id));
  const choose = (id: ToolId) => ui.set({ tool: id });
  return (
    <>
      <div className="editor-toolbar__group" role="group" aria-label={t("toolbar.tools")}>
        {tools.map((id) => (
          <ActionButton
            key={id}
            label={t(`tools.${id}`)}
            shortcut={TOOL_KEYS[id].toUpperCase()}
            pressed={tool === id}
            onClick={() => choose(id)}
          />
        ))}
      </div>
      {canEdit ? (
        <div className="editor-toolbar__group" role="group" aria-label={t("presets.label")}>
          {PRESETS.map((id, i) => (
            <button
              key={id}
              type="button"
              className="editor-button"
              aria-pressed={preset === id && (tool === "stand" || tool === "row")}
              title={t("shortcut", {
                label: t("presetTitle", { size: t(`presets.${id}`) }),
                key: String(i + 1),
              })}
              aria-keyshortcuts={String(i + 1)}
              onClick={() => ui.set({ preset: id, tool: tool === "row" ? "row" : "stand" })}
            >
              {t(`presets.${id}`)}
            </button>
          ))}
          <RowCountField
            label={t("rowCount")}
            value={rowCount}
            invalid={t("commandErrors.row.count-invalid", { max: String(MAX_ROW_COUNT) })}
            onChange={(n) => ui.set({ rowCount: n })}
          />
          <label className="editor-field editor-field--inline">
            <span>{t("obstacleKind")}</span>
            <select
              value={obstacleKind}
              onChange={(e) =>
                ui.set({ obstacleKind: e.currentTarget.value as Obstacle["kind"], tool: "obstacle" })
              }
            >
              {obstacleKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`obstacleKinds.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="editor-field editor-field--inline">
            <span>{t("zoneKind")}</span>
            <select
              value={zoneKind}
              onChange={(e) => ui.set({ zoneKind: e.currentTarget.value as Zone["kind"], tool: "zone" })}
            >
              {zoneKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`zoneKinds.${kind}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
    </>
  );
}

/** The count typed, when it is a whole number from 1 to MAX_ROW_COUNT. */
function rowCountOf(text: string): number | null {
  const n = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(n) && n >= 1 && n <= MAX_ROW_COUNT ? n : null;
}

/**
 * How many stands « Rangée de stands » draws: a whole number from 1 to MAX_ROW_COUNT. Anything else
 * is said at once and not taken (the row keeps the last valid count), instead of being silently
 * changed into a number the organiser did not type.
 */
function RowCountField({
  label,
  value,
  invalid,
  onChange,
}: {
  label: string;
  value: number;
  invalid: string;
  onChange: (n: number) => void;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  // A count set elsewhere (another session) shows here; the one being typed stays as typed.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (Number(text.trim()) !== value) setText(String(value));
  }
  const valid = rowCountOf(text) !== null;
  return (
    <span className="editor-field editor-field--inline">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={4}
        value={text}
        aria-invalid={valid ? undefined : true}
        aria-describedby={valid ? undefined : `${id}-error`}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const count = rowCountOf(next);
          if (count !== null) onChange(count);
        }}
        onBlur={() => {
          if (!valid) setText(String(value));
        }}
      />
      {valid ? null : (
        <span id={`${id}-error`} className="editor-field__error" role="alert">
          {invalid}
        </span>
      )}
    </span>
  );
}
