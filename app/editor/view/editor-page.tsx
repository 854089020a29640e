import { lazy, Suspense, useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import type { Violation } from "../../../floorplans/rules/types";
import { CanvasLoading } from "./canvas-loading";
import { CursorReadout, Legend, ScaleBar } from "./canvas-chrome";
import { CommandErrorMessage } from "./command-error";
import { ConfirmDeleteDialog } from "./confirm-delete-dialog";
import { EditActions } from "./edit-actions";
import { ExhibitorList } from "./exhibitor-list";
import { HallSwitcher } from "./hall-switcher";
import { LeaveGuard } from "./leave-guard";
import { Inspector } from "./inspector";
import { planActionPath, type PlanPageData } from "./page-data";
import { SaveBar } from "./save-bar";
import {
  createEditorSession,
  useChecking,
  useChecksFailure,
  useListedViolations,
  useListHeld,
  useViolationCounts,
  useSettledPlan,
  type EditorSession,
} from "./session";
import { focusViolation } from "./focus-violation";
import { ToolPalette } from "./tool-palette";
import { useAcknowledgements } from "./use-acknowledgements";
import { usePlanSaver } from "./use-plan-saver";
import { usePublisher } from "./use-publisher";
import { ViewControls } from "./view-controls";
import { ViolationsPanel } from "./violations-panel";
import { AllocationPanel } from "./allocation-panel";

// Konva touches the DOM when it loads: the stage is fetched after hydration, never on the server.
const PlanCanvas = lazy(() => import("./plan-canvas.client"));

const subscribeNothing = () => () => {};
const isBrowser = () => true;
const isServer = () => false;

/** The two views of the plan, as links (the table works without the canvas). */
export function PlanViews({ slug }: { slug: string }) {
  const { t } = useTranslation("editor");
  const base = `/admin/events/${encodeURIComponent(slug)}/plan`;
  return (
    <nav className="plan-views" aria-label={t("views.label")}>
      <NavLink to={base} end>
        {t("views.canvas")}
      </NavLink>
      <NavLink to={`${base}/table`}>{t("views.table")}</NavLink>
    </nav>
  );
}

/**
 * The floor-plan editor page. The server renders a shell — a loading state where the canvas will
 * be, and the server's check of the saved plan — and the editor (store, live rule engine, Konva
 * stage) starts in the browser once the page is hydrated.
 */
export function PlanEditorPage({ data }: { data: PlanPageData }) {
  const { t } = useTranslation("editor");
  const hydrated = useSyncExternalStore(subscribeNothing, isBrowser, isServer);
  // Building the rule engine over thousands of stands is work for the browser, after hydration.
  // A new plan from the server (« Recharger ») starts a new session.
  const session = useMemo(
    () =>
      hydrated
        ? createEditorSession(data.plan, {
            version: data.version,
            canEdit: data.canEdit,
            liveValidation: true,
            initialViolations: data.violations,
          })
        : null,
    [hydrated, data.plan, data.version, data.canEdit, data.violations],
  );
  // A session left behind (a reload, another page) stops its rule worker.
  useEffect(() => {
    if (!session) return;
    session.retain();
    return () => session.release();
  }, [session]);
  return (
    <div className="plan-editor plan-editor--canvas">
      <header className="plan-editor__header">
        <div>
          <p className="page__eyebrow">{data.event.name}</p>
          <h1 className="page__title">{t("title")}</h1>
        </div>
        <PlanViews slug={data.event.slug} />
      </header>
      {!data.canEdit ? <p className="editor-notice">{t("readOnly")}</p> : null}
      {session ? <Workspace key={session.id} session={session} data={data} /> : <Shell data={data} />}
    </div>
  );
}

function Shell({ data }: { data: PlanPageData }) {
  return (
    <div className="plan-editor__body">
      <div className="plan-editor__canvas">
        <CanvasLoading />
      </div>
      <aside className="plan-editor__side">
        <ViolationsPanel
          violations={data.violations}
          plan={data.plan}
          live={false}
          acknowledgements={data.acknowledgements}
        />
      </aside>
    </div>
  );
}

function Workspace({ session, data }: { session: EditorSession; data: PlanPageData }) {
  const { t } = useTranslation("editor");
  const actionPath = planActionPath(data.event.slug);
  const saver = usePlanSaver(session, actionPath, true);
  const publisher = usePublisher(session.store, actionPath, data.publishedVersion);
  const acks = useAcknowledgements(data.acknowledgements, actionPath);
  return (
    <>
      <div className="editor-toolbar" role="toolbar" aria-label={t("toolbar.label")}>
        <HallSwitcher session={session} />
        <ToolPalette session={session} />
        {session.canEdit ? <EditActions session={session} /> : null}
        <ViewControls session={session} />
      </div>
      <SaveBar
        session={session}
        saver={saver}
        publisher={session.canEdit ? publisher : null}
        slug={data.event.slug}
      />
      <div className="plan-editor__body plan-editor__body--three">
        <aside className="plan-editor__list">
          <ExhibitorList session={session} />
        </aside>
        <div className="plan-editor__canvas">
          <p id="plan-canvas-help" className="visually-hidden">
            {t("canvasHelp")}
          </p>
          <CommandErrorMessage session={session} />
          <Suspense fallback={<CanvasLoading />}>
            <PlanCanvas session={session} onSave={saver.save} />
          </Suspense>
          <div className="plan-editor__chrome">
            <ScaleBar session={session} />
            <CursorReadout session={session} />
          </div>
          <Legend session={session} />
        </div>
        <aside className="plan-editor__side">
          <Inspector session={session} />
          {session.canEdit ? <AllocationPanel session={session} slug={data.event.slug} /> : null}
          <LiveViolations
            session={session}
            acknowledgements={acks.list}
            onAcknowledge={session.canEdit ? acks.acknowledge : undefined}
            acknowledging={acks.pending}
          />
          {acks.failed ? (
            <p className="editor-alert" role="alert">
              {t("violations.ackFailed")}
            </p>
          ) : null}
        </aside>
      </div>
      <ConfirmDeleteDialog session={session} />
      <LeaveGuard session={session} />
    </>
  );
}

/**
 * The violations panel fed by the live engine. Its own component: its counts change during a drag
 * (throttled; the list when the pointer rests), and nothing else on the page needs to re-render with it.
 */
function LiveViolations({
  session,
  acknowledgements,
  onAcknowledge,
  acknowledging,
}: {
  session: EditorSession;
  acknowledgements: PlanPageData["acknowledgements"];
  onAcknowledge: ((v: Violation, reason: string) => void) | undefined;
  acknowledging: boolean;
}) {
  const { t } = useTranslation("editor");
  const violations = useListedViolations(session);
  const counts = useViolationCounts(session);
  const held = useListHeld(session);
  const plan = useSettledPlan(session);
  const failure = useChecksFailure(session);
  const checking = useChecking(session);
  const onFocus = useCallback((v: Violation) => focusViolation(session, v), [session]);
  return (
    <>
      {failure !== null ? (
        <p className="editor-alert" role="alert">
          {t("violations.checksStopped", { reason: failure })}
        </p>
      ) : null}
      <ViolationsPanel
        violations={violations}
        plan={plan}
        live
        acknowledgements={acknowledgements}
        onFocus={onFocus}
        onAcknowledge={onAcknowledge}
        acknowledging={acknowledging}
        checking={checking}
        counts={counts}
        busy={held}
      />
    </>
  );
}
