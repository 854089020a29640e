import type { ApplyStep } from "~/models/application-form-options";
import type { StepErrors } from "~/models/application-form-schemas";
import type { FieldValues } from "~/models/application-form-values";
import type { StepView } from "~/models/application-form-view.server";
import { ContactsFields } from "./contacts-fields";
import { OrganisationFields } from "./organisation-fields";
import { ParticipationFields } from "./participation-fields";
import { ReviewFields } from "./review-fields";
import { WishesFields } from "./wishes-fields";

/** The fields of one step; the public form and the exhibitor portal wrap them in their own form. */
export function StepFields(props: {
  step: ApplyStep;
  slug: string;
  view: StepView;
  values: FieldValues;
  errors: StepErrors;
  withContact: boolean;
  resubmitted: boolean;
}) {
  const { step, view, values, errors } = props;
  switch (step) {
    case "organisation":
      return (
        <OrganisationFields
          values={values}
          errors={errors}
          countries={view.countries}
          logoUrl={view.logoUrl}
          withContact={props.withContact}
          resubmitted={props.resubmitted}
        />
      );
    case "contacts":
      return <ContactsFields values={values} errors={errors} />;
    case "participation":
      return <ParticipationFields values={values} errors={errors} pavilions={view.pavilions} />;
    case "wishes":
      return <WishesFields values={values} errors={errors} candidates={view.candidates} />;
    case "review":
      return view.summary ? (
        <ReviewFields slug={props.slug} summary={view.summary} missing={view.missing} errors={errors} />
      ) : null;
  }
}
