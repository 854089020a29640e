import { data, Link, redirect } from "react-router";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { readFormFields } from "~/components/form/form.server";
import { FormAlert } from "~/components/form/form-field";
import { FormSettingsTable } from "~/components/logistics/settings-forms";
import { FurnitureCatalogue, SlotSettings } from "~/components/logistics/settings-catalogue";
import { requireRole } from "~/models/auth.server";
import { requireEvent } from "~/models/event.server";
import { listFurnitureItems } from "~/models/logistics-forms.server";
import {
  deleteSlotSchema,
  parseFormSettings,
  parseFurnitureItem,
  parseSlot,
} from "~/models/logistics-settings-input";
import {
  deleteSlot,
  loadFormSettings,
  saveFormSettings,
  saveFurnitureItem,
  saveSlot,
} from "~/models/logistics-settings.server";
import { listSlots } from "~/models/logistics-slots.server";
import { localDateTime, zonedInstant } from "~/models/logistics-status";
import authStyles from "../../auth/auth.css?url";
import applyStyles from "~/components/apply/apply.css?url";
import logisticsStyles from "~/components/logistics/logistics.css?url";
import type { Route } from "./+types/settings";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: authStyles },
  { rel: "stylesheet", href: applyStyles },
  { rel: "stylesheet", href: logisticsStyles },
];

const Notice = z.enum(["formsSaved", "itemSaved", "slotSaved", "slotDeleted"]).nullable().catch(null);
const Id = z.coerce.number().int().positive().nullable().catch(null);

/** Organisers only: staff review documents but do not change what exhibitors are asked. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireRole(request, "organiser");
  const event = requireEvent(params.slug);
  const search = new URL(request.url).searchParams;
  const items = listFurnitureItems(event.id, { activeOnly: false });
  const slots = listSlots(event.id);
  const itemId = Id.parse(search.get("item"));
  const slotId = Id.parse(search.get("slot"));
  return {
    event: { slug: event.slug, name: event.name, timezone: event.timezone },
    forms: loadFormSettings(event),
    items,
    slots,
    editingItem: items.find((item) => item.id === itemId) ?? null,
    editingSlot: slots.find((slot) => slot.id === slotId) ?? null,
    notice: Notice.parse(search.get("saved")),
  };
}

type Section = "forms" | "item" | "slot" | "deleteSlot";
const invalid = (
  section: Section,
  errors: Record<string, string>,
  values: Record<string, string>,
  status = 400,
) => data({ section, errors, values, confirm: null as null | { id: number; count: number } }, { status });

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireRole(request, "organiser");
  const event = requireEvent(params.slug);
  const { raw } = await readFormFields(request);
  const read = (name: string) => (typeof raw[name] === "string" ? (raw[name] as string) : undefined);
  const values = Object.fromEntries(
    Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" ? [[k, v.slice(0, 200)]] : [])),
  );
  const back = (notice: string) => redirect(`/admin/events/${event.slug}/logistics/settings?saved=${notice}`);
  const intent = read("intent");

  if (intent === "forms") {
    const parsed = parseFormSettings(read);
    if (!parsed.ok) return invalid("forms", parsed.errors, values);
    saveFormSettings(event, parsed.data, user.id);
    throw back("formsSaved");
  }
  if (intent === "item") {
    const parsed = parseFurnitureItem(read);
    if (!parsed.ok) return invalid("item", parsed.errors, values);
    const saved = saveFurnitureItem(event.id, parsed.data, user.id);
    if (!saved.ok)
      return invalid(
        "item",
        { [saved.reason === "duplicateCode" ? "code" : "form"]: `settings.errors.${saved.reason}` },
        values,
        saved.reason === "notFound" ? 404 : 409,
      );
    throw back("itemSaved");
  }
  if (intent === "slot") {
    const parsed = parseSlot(read);
    if (!parsed.ok) return invalid("slot", parsed.errors, values);
    const { startsAt, endsAt, ...rest } = parsed.data;
    const saved = saveSlot(
      event.id,
      {
        ...rest,
        startsAt: zonedInstant(startsAt, event.timezone),
        endsAt: zonedInstant(endsAt, event.timezone),
      },
      user.id,
    );
    if (!saved.ok)
      return invalid(
        "slot",
        saved.reason === "belowBookings"
          ? { capacity: "settings.errors.belowBookings", booked: String(saved.booked) }
          : { form: "settings.errors.notFound" },
        values,
        409,
      );
    throw back("slotSaved");
  }
  if (intent === "deleteSlot") {
    const parsed = deleteSlotSchema.safeParse({ id: read("id"), confirm: read("confirm") });
    if (!parsed.success) return invalid("deleteSlot", { form: "settings.errors.notFound" }, values);
    const deleted = deleteSlot(event.id, parsed.data.id, parsed.data.confirm === "yes", user.id);
    if (!deleted.ok && deleted.reason === "needsConfirmation")
      return data(
        {
          section: "deleteSlot" as Section,
          errors: {},
          values,
          confirm: { id: parsed.data.id, count: deleted.booked ?? 0 },
        },
        { status: 409 },
      );
    if (!deleted.ok) return invalid("deleteSlot", { form: "settings.errors.notFound" }, values, 404);
    throw back("slotDeleted");
  }
  return invalid("forms", { form: "settings.errors.invalid" }, values);
}

export default function LogisticsSettings({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation(["logistics", "common"]);
  const { event } = loaderData;
  const sectionErrors = (section: Section) => (actionData?.section === section ? actionData.errors : {});
  const sectionValues = (section: Section) => (actionData?.section === section ? actionData.values : null);
  const alert = actionData && Object.keys(actionData.errors).length > 0 ? actionData : null;
  const formError = alert ? (alert.errors as Record<string, string>).form : undefined;
  return (
    <>
      <title>{`${t("settings.title")} · ${event.name} · ${t("common:appName")}`}</title>
      <div className="page__header">
        <p className="page__eyebrow">
          <Link to={`/admin/events/${event.slug}/logistics`}>{t("title")}</Link> · {event.name}
        </p>
        <h1 className="page__title">{t("settings.title")}</h1>
        <p className="page__meta">{t("settings.intro")}</p>
      </div>
      {loaderData.notice && !actionData ? (
        <p className="form-notice" role="status">
          {t(`settings.${loaderData.notice}`)}
        </p>
      ) : null}
      {alert ? (
        <FormAlert>{t((formError ?? "settings.errors.invalid") as "settings.title")}</FormAlert>
      ) : null}
      <section className="card logistics-section" aria-labelledby="forms-title">
        <h2 id="forms-title" className="card__title">
          {t("settings.formsTitle")}
        </h2>
        <FormSettingsTable
          forms={loaderData.forms}
          errors={sectionErrors("forms")}
          values={sectionValues("forms")}
        />
      </section>
      <section className="card logistics-section" aria-labelledby="furniture-title">
        <h2 id="furniture-title" className="card__title">
          {t("settings.furnitureTitle")}
        </h2>
        <FurnitureCatalogue
          items={loaderData.items}
          editing={loaderData.editingItem}
          errors={sectionErrors("item")}
          values={sectionValues("item")}
        />
      </section>
      <section className="card logistics-section" aria-labelledby="slots-title">
        <h2 id="slots-title" className="card__title">
          {t("settings.slotsTitle")}
        </h2>
        <SlotSettings
          slots={loaderData.slots}
          timeZone={event.timezone}
          editing={loaderData.editingSlot}
          errors={sectionErrors("slot")}
          values={sectionValues("slot")}
          toLocal={(iso) => localDateTime(new Date(iso), event.timezone)}
          confirm={actionData?.confirm ?? null}
        />
      </section>
    </>
  );
}
