import type { PDFDocumentProxy } from "pdfjs-dist";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

export interface PreviewDocument {
  id: number;
  fileName: string;
  mime: string;
}

/**
 * A document as staff see it before deciding. Images load in an <img> from the download route (an
 * image element never runs what it loads). PDFs are drawn page by page on a canvas by pdf.js in the
 * browser (scripting off): the file is never opened as a page of this site, and Chromium's own
 * viewer would refuse to run in the sandbox the download route imposes.
 */
export function DocumentPreview({ document }: { document: PreviewDocument }) {
  const { t } = useTranslation("logisticsReview");
  const url = `/documents/${document.id}`;
  if (document.mime.startsWith("image/"))
    return (
      <img className="lr-preview__image" src={url} alt={t("detail.imageAlt", { name: document.fileName })} />
    );
  if (document.mime === "application/pdf") return <PdfPreview url={url} name={document.fileName} />;
  return null;
}

type PdfState = { kind: "loading" } | { kind: "error" } | { kind: "ready"; pageCount: number };

function PdfPreview({ url, name }: { url: string; name: string }) {
  const { t } = useTranslation("logisticsReview");
  const canvas = useRef<HTMLCanvasElement>(null);
  const pdf = useRef<PDFDocumentProxy | null>(null);
  const [state, setState] = useState<PdfState>({ kind: "loading" });
  const [page, setPage] = useState(1);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const pdfjs = await import("pdfjs-dist");
        const worker = await import("pdfjs-dist/build/pdf.worker.min.mjs?url");
        pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
        const loaded = await pdfjs.getDocument({ url, isEvalSupported: false, enableXfa: false }).promise;
        if (cancelled) return void loaded.destroy();
        pdf.current = loaded;
        setState({ kind: "ready", pageCount: loaded.numPages });
      } catch {
        if (!cancelled) setState({ kind: "error" });
      }
    })();
    return () => {
      cancelled = true;
      void pdf.current?.destroy();
      pdf.current = null;
    };
  }, [url]);

  useEffect(() => {
    if (state.kind !== "ready" || !pdf.current || !canvas.current) return;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    void (async () => {
      try {
        const current = await pdf.current!.getPage(page);
        const viewport = current.getViewport({ scale: 1.5 });
        const target = canvas.current!;
        target.width = viewport.width;
        target.height = viewport.height;
        task = current.render({ canvas: target, viewport });
        await task.promise;
      } catch (error) {
        if ((error as Error)?.name !== "RenderingCancelledException") setState({ kind: "error" });
      }
    })();
    return () => task?.cancel();
  }, [state, page]);

  if (state.kind === "error") return <p className="lr-preview__note">{t("detail.pdfError")}</p>;
  return (
    <div className="lr-preview__pdf">
      {state.kind === "loading" ? (
        <p className="lr-preview__note" role="status">
          {t("detail.pdfLoading")}
        </p>
      ) : (
        <div className="lr-preview__pages">
          <button
            type="button"
            className="button button--outline"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
          >
            {t("detail.pdfPrevious")}
          </button>
          <span aria-live="polite">
            {t("detail.pdfPage", { page: String(page), total: String(state.pageCount) })}
          </span>
          <button
            type="button"
            className="button button--outline"
            disabled={page >= state.pageCount}
            onClick={() => setPage(page + 1)}
          >
            {t("detail.pdfNext")}
          </button>
        </div>
      )}
      <canvas
        ref={canvas}
        className="lr-preview__canvas"
        role="img"
        aria-label={t("detail.pdfLabel", { name, page: String(page) })}
      />
    </div>
  );
}
