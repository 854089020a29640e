import { useState } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "~/i18n/i18n";
import type { FurnitureItem } from "~/models/logistics-forms.server";
import { useLocale } from "../use-locale";
import type { FieldsProps } from "./simple-fields";
import { useFieldError } from "./use-field-error";

export function formatEuros(locale: "fr" | "en", cents: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: "EUR" }).format(
    cents / 100,
  );
}

const quantityOf = (value: string | undefined) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n <= 99 ? n : 0;
};

/** The active catalogue with a quantity per item; totals follow what is typed (and the server recomputes). */
export function FurnitureFields({ values, errors, items }: FieldsProps & { items: FurnitureItem[] }) {
  const { t } = useTranslation("logistics");
  const locale = useLocale();
  const error = useFieldError(errors);
  const [quantities, setQuantities] = useState<Record<number, string>>(() =>
    Object.fromEntries(items.map((item) => [item.id, values[`qty.${item.id}`] ?? ""])),
  );
  if (items.length === 0) return <p className="card__note">{t("fields.noItems")}</p>;
  const total = items.reduce((sum, item) => sum + item.unitPriceCents * quantityOf(quantities[item.id]), 0);
  return (
    <table className="data-table logistics-furniture">
      <thead>
        <tr>
          <th scope="col">{t("fields.item")}</th>
          <th scope="col" className="numeric">
            {t("fields.unitPrice")}
          </th>
          <th scope="col" className="numeric">
            {t("fields.quantity")}
          </th>
          <th scope="col" className="numeric">
            {t("fields.lineTotal")}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const name = locale === "fr" ? item.nameFr : item.nameEn;
          const fieldError = error(`qty.${item.id}`);
          const errorId = `qty-${item.id}-error`;
          return (
            <tr key={item.id}>
              <th scope="row">{name}</th>
              <td className="numeric">{formatEuros(locale, item.unitPriceCents)}</td>
              <td className="numeric">
                <input
                  type="number"
                  name={`qty.${item.id}`}
                  min={0}
                  max={99}
                  step={1}
                  inputMode="numeric"
                  className="form-field__input logistics-furniture__qty"
                  aria-label={t("fields.quantityOf", { item: name })}
                  aria-invalid={fieldError ? true : undefined}
                  aria-describedby={fieldError ? errorId : undefined}
                  value={quantities[item.id] ?? ""}
                  onChange={(event) => setQuantities((q) => ({ ...q, [item.id]: event.target.value }))}
                />
                {fieldError ? (
                  <p id={errorId} className="form-field__error">
                    {fieldError}
                  </p>
                ) : null}
              </td>
              <td className="numeric">
                {formatEuros(locale, item.unitPriceCents * quantityOf(quantities[item.id]))}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            {t("fields.orderTotal")}
          </th>
          <td className="numeric" aria-live="polite">
            <strong>{formatEuros(locale, total)}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
