import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { attachmentName, countPages } from "./pdf-progress";

interface Props {
  action: string;
  lang: "fr" | "en";
  halls: { id: string; name: string; standCount: number }[];
  standCount: number;
  /** Codes given in the page's URL (`?stands=A01,A02`), e.g. from a link beside a stand. */
  preselected: string;
}

type Status =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number }
  | { kind: "done"; file: string }
  | { kind: "failed"; message: string };

/**
 * The setup-sheet form. Without JavaScript it is a GET form and the browser downloads the file.
 * With it, the file is fetched as a stream and a progress bar counts the pages as they arrive,
 * then the PDF is handed to the browser as a download; errors (unknown stands…) show beside the field.
 */
export function SetupSheetForm({ action, lang, halls, standCount, preselected }: Props) {
  const { t } = useTranslation("exports");
  const id = useId();
  const [scope, setScope] = useState<"all" | "hall" | "selection">(preselected ? "selection" : "all");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [fieldError, setFieldError] = useState<string | null>(null);
  const standsRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFieldError(null);
    const data = new FormData(event.currentTarget);
    if (scope === "selection" && !String(data.get("stands") ?? "").trim()) {
      setFieldError(t("sheets.standsRequired"));
      standsRef.current?.focus();
      return;
    }
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === "string") params.set(key, value);
    setStatus({ kind: "running", done: 0, total: 0 });
    try {
      const response = await fetch(`${action}?${params}`, { credentials: "same-origin" });
      if (!response.ok || !response.body) {
        const message = (await response.text()) || response.statusText;
        if (response.status === 400 && scope === "selection") {
          setFieldError(message);
          setStatus({ kind: "idle" });
          standsRef.current?.focus();
        } else setStatus({ kind: "failed", message });
        return;
      }
      const total = Number(response.headers.get("X-Export-Pages")) || 0;
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let counter = { pages: 0, tail: "" };
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        counter = countPages(counter, value);
        setStatus({ kind: "running", done: Math.min(counter.pages, total), total });
      }
      const file = attachmentName(response.headers.get("Content-Disposition"), "setup-sheets.pdf");
      const url = URL.createObjectURL(new Blob(chunks, { type: "application/pdf" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = file;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus({ kind: "done", file });
    } catch (error) {
      setStatus({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  const running = status.kind === "running";
  return (
    <form method="get" action={action} onSubmit={onSubmit} className="exports-form" noValidate>
      <input type="hidden" name="lang" value={lang} />
      <fieldset className="exports-form__scope">
        <legend>{t("sheets.scope")}</legend>
        <label>
          <input
            type="radio"
            name="scope"
            value="all"
            checked={scope === "all"}
            onChange={() => setScope("all")}
          />{" "}
          {t("sheets.all", { count: standCount })}
        </label>
        <label>
          <input
            type="radio"
            name="scope"
            value="hall"
            checked={scope === "hall"}
            onChange={() => setScope("hall")}
          />{" "}
          {t("sheets.hall")}
        </label>
        <label>
          <input
            type="radio"
            name="scope"
            value="selection"
            checked={scope === "selection"}
            onChange={() => setScope("selection")}
          />{" "}
          {t("sheets.selection")}
        </label>
      </fieldset>
      {scope === "hall" ? (
        <div className="exports-field">
          <label htmlFor={`${id}-hall`}>{t("sheets.hallLabel")}</label>
          <select id={`${id}-hall`} name="hall" defaultValue={halls[0]?.id}>
            {halls.map((hall) => (
              <option key={hall.id} value={hall.id}>
                {hall.name} ({hall.standCount})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {scope === "selection" ? (
        <div className="exports-field">
          <label htmlFor={`${id}-stands`}>{t("sheets.standsLabel")}</label>
          <input
            ref={standsRef}
            id={`${id}-stands`}
            name="stands"
            defaultValue={preselected}
            aria-describedby={`${id}-stands-hint${fieldError ? ` ${id}-stands-error` : ""}`}
            aria-invalid={fieldError ? true : undefined}
          />
          <p id={`${id}-stands-hint`} className="exports-field__hint">
            {t("sheets.standsHint")}
          </p>
          {fieldError ? (
            <p id={`${id}-stands-error`} className="exports-field__error" role="alert">
              {fieldError}
            </p>
          ) : null}
        </div>
      ) : null}
      <button type="submit" className="button" disabled={running}>
        {running ? t("sheets.preparing") : t("sheets.download")}
      </button>
      <div aria-live="polite" className="exports-form__status">
        {status.kind === "running" && status.total > 0 ? (
          <>
            <progress max={status.total} value={status.done} aria-label={t("sheets.title")} />{" "}
            <span>{t("sheets.progress", { done: String(status.done), total: String(status.total) })}</span>
          </>
        ) : null}
        {status.kind === "done" ? <p role="status">{t("sheets.done", { file: status.file })}</p> : null}
        {status.kind === "failed" ? (
          <p className="exports-field__error" role="alert">
            {t("sheets.failed", { message: status.message })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
