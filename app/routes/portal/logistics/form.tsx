import { data, redirect } from "react-router";
import { z } from "zod";
import { readFormFields } from "~/components/form/form.server";
import { LogisticsFormPage } from "~/components/logistics/form-page";
import { logisticsFormKinds, type LogisticsFormKind } from "../../../../db/schema/logistics";
import { requireLogisticsApplication } from "~/models/logistics-access.server";
import { documentKinds } from "~/models/logistics-answers";
import { parseAnswers } from "~/models/logistics-form-input";
import { getEventForm, type LogisticsContext } from "~/models/logistics-forms.server";
import { answerContextFor, loadFormPage } from "~/models/logistics-page.server";
import { removeSubmissionDocument, saveSubmission, type SaveResult } from "~/models/logistics-submit.server";
import {
  attachDocuments,
  deleteDocument,
  removeUnreferencedFile,
  parseUploadRequest,
  UploadRejected,
  type ParsedUpload,
} from "~/models/uploads.server";
import authStyles from "../../auth/auth.css?url";
import applyStyles from "~/components/apply/apply.css?url";
import logisticsStyles from "~/components/logistics/logistics.css?url";
import type { Route } from "./+types/form";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: authStyles },
  { rel: "stylesheet", href: applyStyles },
  { rel: "stylesheet", href: logisticsStyles },
];

const Kind = z.enum(logisticsFormKinds);
const Control = z.object({
  intent: z.enum(["draft", "submit", "removeDocument"]),
  version: z.coerce.number().int().min(0).max(1_000_000_000),
  documentId: z.coerce.number().int().positive().optional(),
});
const Saved = z.enum(["draft", "submitted", "documentRemoved"]).nullable().catch(null);

function parseKind(value: string): LogisticsFormKind {
  const kind = Kind.safeParse(value);
  if (!kind.success) throw new Response("Unknown form", { status: 404 });
  return kind.data;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { context } = await requireLogisticsApplication(request, params.id);
  const view = loadFormPage(context, parseKind(params.kind));
  if (!view) throw new Response("This event does not ask for this form", { status: 404 });
  return {
    application: { id: context.application.id },
    event: { name: context.event.name, timezone: context.event.timezone },
    view,
    saved: Saved.parse(new URL(request.url).searchParams.get("saved")),
  };
}

/** The fields of the request; multipart bodies of document forms go through the upload checks. */
async function readRequest(
  request: Request,
  kind: LogisticsFormKind,
): Promise<{ fields: URLSearchParams; upload: ParsedUpload | null }> {
  const multipart = /^multipart\/form-data/i.test(request.headers.get("content-type") ?? "");
  if (documentKinds.has(kind) && multipart) {
    const upload = await parseUploadRequest(request, { fileField: "documents" });
    return { fields: upload.fields, upload };
  }
  const { form } = await readFormFields(request);
  const fields = new URLSearchParams();
  for (const [key, value] of form) if (typeof value === "string") fields.append(key, value);
  return { fields, upload: null };
}

const echo = (fields: URLSearchParams) => {
  const out: Record<string, string> = {};
  for (const [key, value] of fields)
    if (!(key in out) && key !== "version" && key !== "intent") out[key] = value.slice(0, 2000);
  return out;
};

function refused(result: Extract<SaveResult, { ok: false }>, values: Record<string, string>) {
  return data(
    { refusal: result.reason, values, errors: {} as Record<string, string> },
    { status: result.status },
  );
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, context } = await requireLogisticsApplication(request, params.id);
  const kind = parseKind(params.kind);
  let read: Awaited<ReturnType<typeof readRequest>>;
  try {
    read = await readRequest(request, kind);
  } catch (error) {
    if (!(error instanceof UploadRejected)) throw error;
    const upload = {
      code: error.code,
      fileName: error.fileName,
      maxBytes: error.maxBytes,
      maxFiles: error.maxFiles,
    };
    return data(
      { refusal: "upload" as const, upload, values: {}, errors: {} as Record<string, string> },
      { status: error.status },
    );
  }
  try {
    return await handle(context, kind, user.id, read);
  } finally {
    await read.upload?.discard();
  }
}

async function handle(
  context: LogisticsContext,
  kind: LogisticsFormKind,
  userId: number,
  { fields, upload }: Awaited<ReturnType<typeof readRequest>>,
) {
  const control = Control.safeParse(
    Object.fromEntries(
      ["intent", "version", "documentId"].flatMap((k) => (fields.has(k) ? [[k, fields.get(k)]] : [])),
    ),
  );
  const values = echo(fields);
  if (!control.success || (control.data.intent === "draft" && (kind === "load_in" || kind === "load_out")))
    return data(
      { refusal: "invalid" as const, values, errors: { form: "fieldErrors.form" } as Record<string, string> },
      { status: 400 },
    );
  const { intent, version, documentId } = control.data;
  const base = `/portal/applications/${context.application.id}/logistics/${kind}`;

  if (intent === "removeDocument") {
    if (!documentId || !documentKinds.has(kind))
      return data(
        {
          refusal: "invalid" as const,
          values,
          errors: { form: "fieldErrors.form" } as Record<string, string>,
        },
        { status: 400 },
      );
    const removed = removeSubmissionDocument({
      context,
      kind,
      version,
      userId,
      documentId,
      remove: deleteDocument,
      release: removeUnreferencedFile,
    });
    if (!removed.ok) return refused(removed, {});
    throw redirect(`${base}?saved=documentRemoved`);
  }

  const form = getEventForm(context.event.id, kind) ?? null;
  const parsed = parseAnswers(
    kind,
    intent,
    (name) => fields.get(name) ?? undefined,
    answerContextFor(context, form),
  );
  if (!parsed.ok)
    return data({ refusal: "invalid" as const, values, errors: parsed.errors }, { status: 400 });
  const files = upload?.files ?? [];
  const saved = saveSubmission({
    context,
    kind,
    intent,
    answers: parsed.answers as Record<string, unknown>,
    version,
    userId,
    attach:
      files.length > 0 ? (tx, submissionId) => attachDocuments(tx, submissionId, files, userId) : undefined,
  });
  if (!saved.ok) return refused(saved, values);
  throw redirect(`${base}?saved=${intent === "draft" ? "draft" : "submitted"}`);
}

export default function LogisticsForm({ loaderData, actionData }: Route.ComponentProps) {
  return <LogisticsFormPage loaderData={loaderData} actionData={actionData} />;
}
