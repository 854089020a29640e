import { memo, useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { describeViolation, planNames } from "../../../floorplans/rules/messages";
import type { Locale, Violation } from "../../../floorplans/rules/types";
import type { Plan } from "../model";
import type { AcknowledgementView } from "./page-data";
import { countViolations, type ViolationCounts } from "./violation-counts";
import { violationKey } from "./violation-subjects";

/** Beyond this many, the list stops (a broken import can have thousands; the counts stay exact). */
const MAX_LISTED = 200;

export interface ViolationsPanelProps {
  readonly violations: readonly Violation[];
  readonly plan: Plan;
  /** Live: the browser's engine while editing; otherwise the server's check of the saved plan. */
  readonly live: boolean;
  readonly acknowledgements: readonly AcknowledgementView[];
  readonly onFocus?: (v: Violation) => void;
  /** Present for organisers: warnings can then be accepted with a reason. */
  readonly onAcknowledge?: (v: Violation, reason: string) => void;
  readonly acknowledging?: boolean;
  /** The live checks of the last edit are late (a whole check of a large plan is under way). */
  readonly checking?: boolean;
  /**
   * Counts newer than the list: during a drag the counts follow the gesture and the list waits for
   * its end (session.ts). Without them, the list is counted.
   */
  readonly counts?: ViolationCounts;
  /**
   * A drag is under way: the list is the one from before it. Said to assistive technologies with
   * aria-busy, which holds the summary's announcements until the gesture ends.
   */
  readonly busy?: boolean;
}

/** Error and warning counts, then every violation in words, in the UI's language. */
export function ViolationsPanel(props: ViolationsPanelProps) {
  const { t } = useTranslation(["editor", "common"]);
  // While a drag produces a new list every frame, React may skip the ones it has no time for.
  const violations = useDeferredValue(props.violations);
  const listed = useMemo(() => countViolations(violations), [violations]);
  const { errors, warnings } = props.counts ?? listed;
  return (
    <section
      className="violations"
      aria-labelledby="violations-title"
      aria-busy={props.busy ? true : undefined}
      data-errors={errors}
      data-warnings={warnings}
    >
      <h2 id="violations-title" className="editor-panel__title">
        {t("violations.title")}
      </h2>
      <p className="violations__summary" role="status">
        <span className={errors > 0 ? "badge badge--error" : "badge"}>
          {t("common:labelValue", { label: t("violations.errors"), value: String(errors) })}
        </span>{" "}
        <span className={warnings > 0 ? "badge badge--warning" : "badge"}>
          {t("common:labelValue", { label: t("violations.warnings"), value: String(warnings) })}
        </span>
        {props.checking ? (
          <>
            {" "}
            <span className="violations__checking">{t("violations.checking")}</span>
          </>
        ) : null}
      </p>
      <p className="editor-hint">{props.live ? t("violations.live") : t("violations.server")}</p>
      {violations.length === 0 ? (
        <p>{t("violations.none")}</p>
      ) : (
        <ViolationList {...props} violations={violations} />
      )}
    </section>
  );
}

const ViolationList = memo(function ViolationList(props: ViolationsPanelProps) {
  const { t } = useTranslation("editor");
  const locale = useLocale();
  const names = useMemo(() => planNames(props.plan), [props.plan]);
  const acknowledged = useMemo(
    () => new Map(props.acknowledgements.map((a) => [violationKey(a.rule, a.subjects), a])),
    [props.acknowledgements],
  );
  const shown = props.violations.slice(0, MAX_LISTED);
  return (
    <>
      <ul className="violations__list">
        {shown.map((v) => {
          const key = violationKey(v.rule, v.subjects);
          return (
            <ViolationItem
              key={key}
              violation={v}
              locale={locale}
              names={names}
              acknowledgement={v.severity === "warning" ? acknowledged.get(key) : undefined}
              onFocus={props.onFocus}
              onAcknowledge={props.onAcknowledge}
              acknowledging={props.acknowledging ?? false}
            />
          );
        })}
      </ul>
      {props.violations.length > MAX_LISTED ? (
        <p className="editor-hint">
          {t("violations.more", { n: String(props.violations.length - MAX_LISTED) })}
        </p>
      ) : null}
    </>
  );
});

/**
 * Memoised on the violation object: the engine keeps unchanged violations' objects, so while a
 * drag rewrites two of them, the other items are neither re-rendered nor re-worded.
 */
const ViolationItem = memo(function ViolationItem({
  violation,
  locale,
  names,
  acknowledgement,
  onFocus,
  onAcknowledge,
  acknowledging,
}: {
  violation: Violation;
  locale: Locale;
  names: (id: string) => string;
  acknowledgement: AcknowledgementView | undefined;
  onFocus: ViolationsPanelProps["onFocus"];
  onAcknowledge: ViolationsPanelProps["onAcknowledge"];
  acknowledging: boolean;
}) {
  const { t } = useTranslation("editor");
  const message = useMemo(() => describeViolation(violation, locale, names), [violation, locale, names]);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const error = violation.severity === "error";
  return (
    <li
      className={`violation violation--${violation.severity}${acknowledgement ? " violation--acknowledged" : ""}`}
      data-rule={violation.rule}
    >
      <span className="violation__severity">{error ? t("legend.error") : t("legend.warning")}</span>
      {onFocus ? (
        <button
          type="button"
          className="violation__message"
          title={t("violations.focus")}
          onClick={() => onFocus(violation)}
        >
          {message}
        </button>
      ) : (
        <span className="violation__message">{message}</span>
      )}
      {acknowledgement ? (
        <p className="violation__ack">
          {acknowledgement.userName
            ? t("violations.acknowledgedBy", {
                name: acknowledgement.userName,
                reason: acknowledgement.reason,
              })
            : t("violations.acknowledged", { reason: acknowledgement.reason })}
        </p>
      ) : null}
      {!error && !acknowledgement && onAcknowledge && !open ? (
        <button type="button" className="editor-button editor-button--small" onClick={() => setOpen(true)}>
          {t("violations.acknowledge")}
        </button>
      ) : null}
      {open && onAcknowledge ? (
        <form
          className="violation__form"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim() === "") return;
            onAcknowledge(violation, reason.trim());
            setOpen(false);
          }}
        >
          <label className="editor-field">
            <span>{t("violations.reason")}</span>
            <textarea
              required
              maxLength={500}
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          </label>
          <button type="submit" className="editor-button editor-button--small" disabled={acknowledging}>
            {t("violations.submit")}
          </button>
          <button type="button" className="editor-button editor-button--small" onClick={() => setOpen(false)}>
            {t("violations.cancel")}
          </button>
        </form>
      ) : null}
    </li>
  );
});
