import { Outlet, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { DateRange } from "~/components/date-range";
import { StepIndicator } from "~/components/apply/step-indicator";
import { requireEvent } from "~/models/event.server";
import { getBrowserApplication } from "~/models/application-form.server";
import { completedSteps } from "~/models/application-form-checklist";
import { isApplyStep } from "~/models/application-form-options";
import { applicationWindowState } from "~/models/application-window";
import authStyles from "../auth/auth.css?url";
import applyStyles from "~/components/apply/apply.css?url";
import type { Route } from "./+types/layout";

// The form-field styles are shared with the login pages; apply.css adds groups, steps and the picker.
export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: authStyles },
  { rel: "stylesheet", href: applyStyles },
];

/** The public application area of one event: its header and, on the steps, the step indicator. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const event = requireEvent(params.slug);
  const answers = await getBrowserApplication(request, event.id);
  return {
    event: { slug: event.slug, name: event.name, startsOn: event.startsOn, endsOn: event.endsOn },
    open: applicationWindowState(event) === "open",
    progress: {
      hasDraft: answers?.application.status === "draft",
      completed: completedSteps(answers),
    },
  };
}

export default function ApplyLayout({ loaderData }: Route.ComponentProps) {
  const { event, open, progress } = loaderData;
  const { t } = useTranslation("apply");
  const { step } = useParams();
  return (
    <div className="page page--apply">
      <header className="apply-header">
        <p className="page__eyebrow">{t("eyebrow")}</p>
        <p className="apply-header__event">{event.name}</p>
        <p className="apply-header__dates capitalise">
          <DateRange start={event.startsOn} end={event.endsOn} />
        </p>
      </header>
      {open && isApplyStep(step) ? (
        <StepIndicator
          slug={event.slug}
          current={step}
          completed={progress.completed}
          hasDraft={progress.hasDraft}
        />
      ) : null}
      <Outlet />
    </div>
  );
}
