import { useEffect, useRef } from "react";
import { Form, Link, useLocation, useNavigation } from "react-router";
import { useTranslation } from "react-i18next";
import type { ApplicationStatus } from "../../../db/schema/applications";
import { FormField } from "../form/form-field";
import { BULK_FORM_ID } from "./applications-table";

/** The statuses the bulk bar offers: the review decisions (confirming is the exhibitor's move). */
export const bulkTargets = ["in_review", "accepted", "waitlisted", "rejected"] as const;
export type BulkTarget = (typeof bulkTargets)[number];

export interface RefusedRow {
  id: number;
  name: string;
  from: ApplicationStatus | null;
  reason: "not_found" | "not_allowed" | "changed";
}

export type BulkActionData =
  | { kind: "invalid"; error: "noneSelected" | "invalid" }
  | { kind: "preview"; to: BulkTarget; valid: { id: number; name: string }[]; refused: RefusedRow[] }
  | {
      kind: "done";
      to: BulkTarget;
      applied: { id: number; name: string }[];
      refused: RefusedRow[];
      emailed: number;
    };

/** The bar under the table: how many are ticked, which status to move them to, and a check first. */
export function BulkBar({ selectedCount, error }: { selectedCount: number; error: string | null }) {
  const { t } = useTranslation(["review", "common"]);
  return (
    <Form method="post" id={BULK_FORM_ID} className="review-bulk">
      <fieldset>
        <legend>{t("bulk.legend")}</legend>
        <p className="review-bulk__count" aria-live="polite">
          {t("bulk.selected", { count: selectedCount })}
        </p>
        <div className="form-field">
          <label htmlFor="review-bulk-to" className="form-field__label">
            {t("bulk.target")}
          </label>
          <select id="review-bulk-to" name="to" className="form-field__input">
            {bulkTargets.map((status) => (
              <option key={status} value={status}>
                {t(`common:applicationStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" name="intent" value="preview" className="button">
          {t("bulk.review")}
        </button>
        {error ? (
          <p role="alert" className="form-field__error">
            {error}
          </p>
        ) : null}
      </fieldset>
    </Form>
  );
}

function RefusedList({ rows, to }: { rows: RefusedRow[]; to: string }) {
  const { t } = useTranslation(["review", "common"]);
  const status = (value: ApplicationStatus | null) => (value ? t(`common:applicationStatus.${value}`) : "");
  return (
    <ul>
      {rows.map((row) => (
        <li key={row.id}>
          {t(`refusal.${row.reason}`, { name: row.name, id: String(row.id), from: status(row.from), to })}
        </li>
      ))}
    </ul>
  );
}

/** The confirmation step: nothing moves, and no e-mail leaves, before the organiser confirms here. */
export function BulkConfirmation({ data }: { data: Extract<BulkActionData, { kind: "preview" }> }) {
  const { t } = useTranslation(["review", "common"]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const submitting = useNavigation().state === "submitting";
  useEffect(() => headingRef.current?.focus(), [data]);
  const status = t(`common:applicationStatus.${data.to}`);
  const refused = data.refused;
  return (
    <section className="review-panel" aria-labelledby="review-confirm-title">
      <h2 id="review-confirm-title" className="section-title" tabIndex={-1} ref={headingRef}>
        {t("bulk.confirmTitle")}
      </h2>
      <p>
        {data.valid.length > 0
          ? t("bulk.willMove", { count: data.valid.length, status })
          : t("bulk.nothingToMove", { status })}
      </p>
      {data.valid.length > 0 ? (
        <ul>
          {data.valid.map((row) => (
            <li key={row.id}>{row.name}</li>
          ))}
        </ul>
      ) : null}
      {refused.length > 0 ? (
        <>
          <p>{t("bulk.refusedTitle", { count: refused.length })}</p>
          <RefusedList rows={refused} to={status} />
        </>
      ) : null}
      <Form method="post" className="review-panel__form">
        <input type="hidden" name="intent" value="apply" />
        <input type="hidden" name="to" value={data.to} />
        {data.valid.map((row) => (
          <input key={row.id} type="hidden" name="ids" value={row.id} />
        ))}
        {data.valid.length > 0 ? (
          <FormField
            name="message"
            label={t("bulk.message")}
            hint={t("bulk.messageHint")}
            rows={3}
            required={false}
            maxLength={2000}
          />
        ) : null}
        <div className="review-panel__actions">
          {data.valid.length > 0 ? (
            <button type="submit" className="button" disabled={submitting}>
              {t("bulk.confirm")}
            </button>
          ) : null}
          <Link to={location.search || "?"}>{t("bulk.cancel")}</Link>
        </div>
      </Form>
    </section>
  );
}

export function BulkResult({ data }: { data: Extract<BulkActionData, { kind: "done" }> }) {
  const { t } = useTranslation(["review", "common"]);
  const status = t(`common:applicationStatus.${data.to}`);
  return (
    <section className="review-panel" role="status">
      <p>
        {data.applied.length > 0
          ? t("bulk.done", { count: data.applied.length, status, emailed: String(data.emailed) })
          : t("bulk.doneNone")}
      </p>
      {data.refused.length > 0 ? (
        <>
          <p>{t("bulk.refusedTitle", { count: data.refused.length })}</p>
          <RefusedList rows={data.refused} to={status} />
        </>
      ) : null}
    </section>
  );
}
