import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { ConflictAlert } from "./conflict-alert";
import { useEditorState, type EditorSession } from "./session";
import type { PlanSaver } from "./use-plan-saver";
import type { usePublisher } from "./use-publisher";

/** Save state and version, Save and Publish, and what the server said about the last request. */
export function SaveBar({
  session,
  saver,
  publisher,
  slug,
}: {
  session: EditorSession;
  saver: PlanSaver;
  publisher: ReturnType<typeof usePublisher> | null;
  slug: string;
}) {
  const { t } = useTranslation("editor");
  const dirty = useEditorState(session, (s) => s.dirty);
  const version = useEditorState(session, (s) => s.version);
  const { status } = saver;
  const state =
    status.kind === "saving"
      ? t("save.saving")
      : dirty
        ? t("save.unsaved")
        : status.kind === "saved"
          ? t("save.saved")
          : t("save.upToDate");
  return (
    <div className="save-bar">
      <p
        className="save-bar__status"
        role="status"
        data-save-state={status.kind === "saving" ? "saving" : dirty ? "unsaved" : "saved"}
      >
        <strong>{state}</strong> · {t("save.version", { version: version === null ? "—" : String(version) })}
        {publisher ? (
          <>
            {" · "}
            {publisher.published === null
              ? t("save.notPublished")
              : t("save.published", { version: String(publisher.published) })}
          </>
        ) : null}
      </p>
      {session.canEdit ? (
        <div className="save-bar__actions">
          <button
            type="button"
            className="editor-button editor-button--primary"
            onClick={saver.save}
            disabled={status.kind === "saving" || status.kind === "conflict" || !dirty}
            title={t("shortcut", { label: t("save.save"), key: "Ctrl+S" })}
            aria-keyshortcuts="Control+S"
          >
            {t("save.save")}
          </button>
          {publisher ? (
            <button
              type="button"
              className="editor-button"
              onClick={publisher.publish}
              disabled={dirty || publisher.pending || status.kind === "saving"}
              title={dirty ? t("save.publishHint") : undefined}
            >
              {publisher.pending ? t("save.publishing") : t("save.publish")}
            </button>
          ) : null}
        </div>
      ) : null}
      {status.kind === "saved" ? (
        <p className="editor-hint">
          {t("save.counts", { errors: String(status.errors), warnings: String(status.warnings) })}
        </p>
      ) : null}
      {status.kind === "conflict" ? (
        <ConflictAlert
          store={session.store}
          slug={slug}
          currentVersion={status.currentVersion}
          mine={status.mine}
        />
      ) : null}
      {status.kind === "failed" ? <SaveFailure code={status.code} problems={status.problems} /> : null}
      {status.kind === "offline" ? (
        <p className="editor-alert editor-alert--offline" role="status">
          {t("save.offline")}
        </p>
      ) : null}
      {status.kind === "signedOut" ? <SignedOut /> : null}
      {publisher ? <PublishMessage status={publisher.status} /> : null}
    </div>
  );
}

/**
 * The session ended (logged out elsewhere, expired): the edits are only in this page, so the login
 * page opens in another tab, coming back to this page's address; then « Enregistrer » saves here.
 */
function SignedOut() {
  const { t } = useTranslation("editor");
  const { pathname, search } = useLocation();
  const login = `/login?${new URLSearchParams({ redirectTo: pathname + search })}`;
  return (
    <div className="editor-alert editor-alert--signed-out" role="alert">
      <p>{t("save.signedOut")}</p>
      <p>
        <a href={login} target="_blank" rel="noopener">
          {t("save.signIn")}
        </a>
      </p>
    </div>
  );
}

function SaveFailure({
  code,
  problems,
}: {
  code: string;
  problems: readonly { path: string; message: string }[];
}) {
  const { t } = useTranslation("editor");
  const text =
    code === "too-large"
      ? t("save.tooLarge")
      : code === "forbidden"
        ? t("save.forbidden")
        : code === "invalid"
          ? t("save.invalid")
          : t("save.failed");
  return (
    <div className="editor-alert" role="alert">
      <p>{text}</p>
      {problems.length > 0 ? (
        <ul>
          {problems.slice(0, 10).map((p) => (
            <li key={`${p.path}:${p.message}`}>
              <code>{p.path}</code> {p.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function PublishMessage({ status }: { status: ReturnType<typeof usePublisher>["status"] }) {
  const { t } = useTranslation("editor");
  if (status.kind === "idle") return null;
  if (status.kind === "published")
    return <p role="status">{t("save.publishedOk", { version: String(status.version) })}</p>;
  const text =
    status.kind === "refused"
      ? t("save.publishRefused", { n: String(status.errors) })
      : status.kind === "stale"
        ? t("save.publishStale", { version: String(status.currentVersion) })
        : t("save.failed");
  return (
    <p className="editor-alert" role="alert">
      {text}
    </p>
  );
}
