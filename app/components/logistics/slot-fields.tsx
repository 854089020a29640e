import { useTranslation } from "react-i18next";
import { intlLocale } from "~/i18n/i18n";
import type { SlotView } from "~/models/logistics-slots.server";
import { FieldError, useFieldIds } from "../form/field-ids";
import { useLocale } from "../use-locale";
import type { FieldsProps } from "./simple-fields";
import { useFieldError } from "./use-field-error";

export function formatSlot(
  locale: "fr" | "en",
  slot: { startsAt: string; endsAt: string },
  timeZone: string,
): string {
  const day = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  });
  const time = new Intl.DateTimeFormat(intlLocale(locale), { hour: "2-digit", minute: "2-digit", timeZone });
  return `${day.format(new Date(slot.startsAt))} – ${time.format(new Date(slot.endsAt))}`;
}

/** The slots as radios with what is left in each; a full slot cannot be chosen (unless it is yours). */
export function SlotFields({
  values,
  errors,
  slots,
  booked,
  timeZone,
}: FieldsProps & { slots: SlotView[]; booked: number | null; timeZone: string }) {
  const { t } = useTranslation("logistics");
  const locale = useLocale();
  const error = useFieldError(errors);
  const message = error("slotId");
  const ids = useFieldIds("slotId", { error: message });
  if (slots.length === 0) return <p className="card__note">{t("fields.noSlots")}</p>;
  const chosen = values.slotId ?? (booked ? String(booked) : "");
  return (
    <fieldset className={message ? "choice-group form-field--invalid" : "choice-group"}>
      <legend className="form-field__label">{t("fields.slot")}</legend>
      <ul className="logistics-slots">
        {slots.map((slot, index) => {
          const mine = slot.id === booked;
          const full = slot.remaining === 0 && !mine;
          const closed = slot.past && !mine;
          return (
            <li
              key={slot.id}
              className={
                full || closed ? "logistics-slots__slot logistics-slots__slot--full" : "logistics-slots__slot"
              }
            >
              <label className="choice-group__choice">
                <input
                  type="radio"
                  name="slotId"
                  value={slot.id}
                  defaultChecked={chosen === String(slot.id)}
                  disabled={full || closed}
                  aria-invalid={message && index === 0 ? true : undefined}
                  aria-describedby={ids.describedBy}
                />
                <span className="capitalise">{formatSlot(locale, slot, timeZone)}</span>
              </label>
              <span className="logistics-slots__remaining">
                {mine ? `${t("fields.slotYours")} · ` : ""}
                {closed
                  ? t("fields.slotPast")
                  : full
                    ? t("fields.slotFull")
                    : t("fields.slotRemaining", { count: slot.remaining })}
              </span>
            </li>
          );
        })}
      </ul>
      <FieldError id={ids.errorId}>{message}</FieldError>
    </fieldset>
  );
}
