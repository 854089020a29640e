import { memo } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { formatDecimal as formatNumber } from "../number-format";
import { standStatuses, type StandStatus } from "../../../../floorplans/format/schema";
import {
  assignExhibitor,
  setStandProps,
  toggleRef,
  unassignExhibitor,
  type Exhibitor,
  type Stand,
  type StandProps,
} from "../../model";
import { DECIMAL_INPUT, parseDecimal } from "../commit-field";
import type { EditorSession } from "../session";

/** A cell input that applies on Enter or when left, and falls back to the document's value if refused. */
function CellInput({
  label,
  value,
  type = "text",
  disabled,
  onCommit,
}: {
  label: string;
  value: string;
  type?: "text" | "number";
  disabled: boolean;
  onCommit: (text: string) => boolean;
}) {
  const commit = (el: HTMLInputElement) => {
    if (el.value !== value && !onCommit(el.value)) el.value = value;
  };
  return (
    <input
      key={value}
      {...(type === "number" ? DECIMAL_INPUT : { type: "text" })}
      aria-label={label}
      defaultValue={value}
      disabled={disabled}
      onBlur={(e) => commit(e.currentTarget)}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit(e.currentTarget);
      }}
    />
  );
}

/** One stand; memoised on the stand object, which the model keeps when the stand is not edited. */
export const PlanTableRow = memo(function PlanTableRow({
  session,
  stand,
  hallName,
  selected,
  exhibitors,
}: {
  session: EditorSession;
  stand: Stand;
  hallName: string;
  selected: boolean;
  exhibitors: readonly Exhibitor[];
}) {
  const { t } = useTranslation(["editor", "common"]);
  const locale = useLocale();
  const { store, canEdit } = session;
  const code = stand.id;
  const set = (props: StandProps) => store.dispatch(setStandProps, { ids: [stand.id], props }).ok;
  const area = stand.width * stand.depth;
  return (
    <tr aria-selected={selected}>
      <td>
        <input
          type="checkbox"
          aria-label={t("table.select", { code })}
          checked={selected}
          onChange={() =>
            store.select(toggleRef(store.getState().doc.selection, { kind: "stand", id: stand.id }))
          }
        />
      </td>
      <th scope="row">
        <CellInput
          label={t("table.codeOf", { code })}
          value={code}
          disabled={!canEdit}
          onCommit={(text) => set({ code: text })}
        />
      </th>
      <td>{hallName}</td>
      <td>
        <CellInput
          label={t("table.widthOf", { code })}
          type="number"
          value={String(stand.width)}
          disabled={!canEdit}
          onCommit={(text) => set({ width: parseDecimal(text) })}
        />{" "}
        ×{" "}
        <CellInput
          label={t("table.depthOf", { code })}
          type="number"
          value={String(stand.depth)}
          disabled={!canEdit}
          onCommit={(text) => set({ depth: parseDecimal(text) })}
        />
      </td>
      <td className="numeric">
        {t("units.m2", { value: formatNumber(locale, area, Number.isInteger(area) ? 0 : 2) })}
      </td>
      <td>
        <select
          aria-label={t("table.statusOf", { code })}
          value={stand.status ?? "available"}
          disabled={!canEdit}
          onChange={(e) => set({ status: e.currentTarget.value as StandStatus })}
        >
          {standStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`common:standStatus.${status}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={t("table.exhibitorOf", { code })}
          value={stand.exhibitorId ?? ""}
          disabled={!canEdit || stand.status === "blocked"}
          onChange={(e) => {
            const exhibitorId = e.currentTarget.value;
            if (exhibitorId) store.dispatch(assignExhibitor, { standId: stand.id, exhibitorId });
            else store.dispatch(unassignExhibitor, { standId: stand.id });
          }}
        >
          <option value="">{t("inspector.noExhibitor")}</option>
          {exhibitors.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </td>
      <td>{stand.powerBoxId ?? "—"}</td>
    </tr>
  );
});
