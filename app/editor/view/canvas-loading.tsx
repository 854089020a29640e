import { useTranslation } from "react-i18next";

/** Where the canvas will be, while the page hydrates and the Konva stage loads. */
export function CanvasLoading() {
  const { t } = useTranslation("editor");
  return (
    <div className="plan-canvas plan-canvas--loading" role="status" aria-live="polite">
      <span className="plan-canvas__spinner" aria-hidden="true" />
      {t("loading")}
    </div>
  );
}
