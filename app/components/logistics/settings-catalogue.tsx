import { useEffect, useRef } from "react";
import { Form, Link } from "react-router";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "../form/checkbox-field";
import { SelectField } from "../form/select-field";
import type { FurnitureItem } from "~/models/logistics-forms.server";
import type { SlotView } from "~/models/logistics-slots.server";
import { useLocale } from "../use-locale";
import { Field } from "./field";
import { formatEuros } from "./furniture-fields";
import { formatSlot } from "./slot-fields";

type Errors = Record<string, string>;
const useErr = (errors: Errors, params: Record<string, unknown> = {}) => {
  const { t } = useTranslation("logistics");
  return (name: string) =>
    errors[name] ? String(t(errors[name] as "settings.title", params as never)) : undefined;
};

export function FurnitureCatalogue({
  items,
  editing,
  errors,
  values,
}: {
  items: FurnitureItem[];
  editing: FurnitureItem | null;
  errors: Errors;
  values: Record<string, string> | null;
}) {
  const { t } = useTranslation("logistics");
  const locale = useLocale();
  const err = useErr(errors);
  const v = (name: keyof FurnitureItem | "price", stored: string) => values?.[name] ?? stored;
  return (
    <>
      {items.length === 0 ? (
        <p className="card__note">{t("settings.furnitureEmpty")}</p>
      ) : (
        <table className="data-table logistics-settings">
          <thead>
            <tr>
              <th scope="col">{t("settings.code")}</th>
              <th scope="col">{t("settings.nameFr")}</th>
              <th scope="col">{t("settings.nameEn")}</th>
              <th scope="col" className="numeric">
                {t("settings.price")}
              </th>
              <th scope="col">{t("settings.status")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("settings.edit")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.code}</th>
                <td>{item.nameFr}</td>
                <td>{item.nameEn}</td>
                <td className="numeric">{formatEuros(locale, item.unitPriceCents)}</td>
                <td>{item.active ? t("settings.active") : t("settings.inactive")}</td>
                <td>
                  <Link
                    to={`?item=${item.id}#item-form`}
                    aria-label={t("settings.editItem", { name: item.nameFr })}
                  >
                    {t("settings.edit")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Form
        method="post"
        noValidate
        id="item-form"
        key={editing?.id ?? "new"}
        className="logistics-settings__add"
      >
        <input type="hidden" name="intent" value="item" />
        {editing ? <input type="hidden" name="id" value={editing.id} /> : null}
        <Field
          name="code"
          label={t("settings.code")}
          maxLength={40}
          defaultValue={v("code", editing?.code ?? "")}
          error={err("code")}
          required
        />
        <Field
          name="nameFr"
          label={t("settings.nameFr")}
          maxLength={120}
          defaultValue={v("nameFr", editing?.nameFr ?? "")}
          error={err("nameFr")}
          required
        />
        <Field
          name="nameEn"
          label={t("settings.nameEn")}
          maxLength={120}
          defaultValue={v("nameEn", editing?.nameEn ?? "")}
          error={err("nameEn")}
          required
        />
        <Field
          name="price"
          label={t("settings.price")}
          inputMode="decimal"
          defaultValue={v("price", editing ? (editing.unitPriceCents / 100).toFixed(2) : "")}
          error={err("price")}
          required
        />
        <CheckboxField
          name="active"
          label={t("settings.active")}
          defaultChecked={values ? values.active !== undefined : (editing?.active ?? true)}
          hint={t("settings.deactivateHint")}
        />
        <button type="submit" className="button">
          {editing ? t("settings.saveItem") : t("settings.addItem")}
        </button>
        {editing ? <Link to=".">{t("settings.cancel")}</Link> : null}
      </Form>
    </>
  );
}

export function SlotSettings({
  slots,
  timeZone,
  editing,
  errors,
  values,
  toLocal,
  confirm,
}: {
  slots: SlotView[];
  timeZone: string;
  editing: SlotView | null;
  errors: Errors;
  values: Record<string, string> | null;
  toLocal: (iso: string) => string;
  /** A booked slot the organiser asked to delete: confirm in its row. */
  confirm: { id: number; count: number } | null;
}) {
  const { t } = useTranslation("logistics");
  const locale = useLocale();
  const err = useErr(errors, { booked: errors.booked ?? "" });
  const v = (name: string, stored: string) => values?.[name] ?? stored;
  return (
    <>
      <p className="card__note">{t("settings.timezone", { zone: timeZone })}</p>
      {slots.length === 0 ? (
        <p className="card__note">{t("settings.slotsEmpty")}</p>
      ) : (
        <table className="data-table logistics-settings">
          <thead>
            <tr>
              <th scope="col">{t("settings.kind")}</th>
              <th scope="col">{t("settings.startsAt")}</th>
              <th scope="col" className="numeric">
                {t("settings.capacity")}
              </th>
              <th scope="col" className="numeric">
                {t("settings.booked")}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t("settings.edit")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {slots.map((slot) => {
              const when = formatSlot(locale, slot, timeZone);
              return [
                <tr key={slot.id}>
                  <td>{t(`settings.kinds.${slot.kind}`)}</td>
                  <th scope="row" className="capitalise">
                    {when}
                  </th>
                  <td className="numeric">{slot.capacity}</td>
                  <td className="numeric">{slot.booked}</td>
                  <td>
                    <Link to={`?slot=${slot.id}#slot-form`}>{t("settings.edit")}</Link>{" "}
                    <Form method="post" style={{ display: "inline" }}>
                      <input type="hidden" name="intent" value="deleteSlot" />
                      <input type="hidden" name="id" value={slot.id} />
                      <button
                        type="submit"
                        className="button button--quiet"
                        aria-label={t("settings.deleteSlotLabel", { date: when })}
                      >
                        {t("settings.deleteSlot")}
                      </button>
                    </Form>
                  </td>
                </tr>,
                confirm?.id === slot.id ? (
                  <tr key={`confirm-${slot.id}`}>
                    <td colSpan={5}>
                      <ConfirmDelete slotId={slot.id} count={confirm.count} />
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      )}
      <Form
        method="post"
        noValidate
        id="slot-form"
        key={editing?.id ?? "new"}
        className="logistics-settings__add"
      >
        <input type="hidden" name="intent" value="slot" />
        {editing ? <input type="hidden" name="id" value={editing.id} /> : null}
        <SelectField
          name="kind"
          label={t("settings.kind")}
          options={(["load_in", "load_out"] as const).map((kind) => ({
            value: kind,
            label: t(`settings.kinds.${kind}`),
          }))}
          defaultValue={v("kind", editing?.kind ?? "load_in")}
          error={err("kind")}
        />
        <Field
          name="startsAt"
          label={t("settings.startsAt")}
          type="datetime-local"
          defaultValue={v("startsAt", editing ? toLocal(editing.startsAt) : "")}
          error={err("startsAt")}
          required
        />
        <Field
          name="endsAt"
          label={t("settings.endsAt")}
          type="datetime-local"
          defaultValue={v("endsAt", editing ? toLocal(editing.endsAt) : "")}
          error={err("endsAt")}
          required
        />
        <Field
          name="capacity"
          label={t("settings.capacity")}
          type="number"
          min={1}
          max={500}
          defaultValue={v("capacity", editing ? String(editing.capacity) : "4")}
          error={err("capacity")}
          required
        />
        <button type="submit" className="button">
          {editing ? t("settings.saveSlot") : t("settings.addSlot")}
        </button>
        {editing ? <Link to=".">{t("settings.cancel")}</Link> : null}
      </Form>
    </>
  );
}

/** Deleting a booked slot: said in its row, focused (so it scrolls into view), confirmed or cancelled. */
function ConfirmDelete({ slotId, count }: { slotId: number; count: number }) {
  const { t } = useTranslation("logistics");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      role="alertdialog"
      aria-labelledby={`confirm-${slotId}`}
      tabIndex={-1}
      className="form-alert"
    >
      <p id={`confirm-${slotId}`}>{t("settings.confirmDelete", { count })}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="deleteSlot" />
        <input type="hidden" name="id" value={slotId} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" className="button">
          {t("settings.confirmDeleteButton")}
        </button>{" "}
        <Link to=".">{t("settings.cancel")}</Link>
      </Form>
    </div>
  );
}
