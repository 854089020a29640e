import { Form, Link } from "react-router";
import { useTranslation } from "react-i18next";
import {
  applicationQuerySearch,
  DEFAULT_APPLICATION_QUERY,
  type ApplicationQuery,
} from "~/models/application-query";
import type { ApplicationFilterOptions } from "~/models/application-review.server";
import { useLocale } from "../use-locale";
import { countryName, sectorLabel } from "./labels";

/** A GET form: filtering changes the URL, so a filtered list can be bookmarked and shared. */
export function FilterForm({
  query,
  options,
}: {
  query: ApplicationQuery;
  options: ApplicationFilterOptions;
}) {
  const { t } = useTranslation("review");
  const locale = useLocale();
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  const sectors = options.sectors
    .map((value) => ({ value, label: sectorLabel(locale, value) }))
    .sort(byLabel);
  const countries = options.countries
    .map((value) => ({ value, label: countryName(locale, value) }))
    .sort(byLabel);
  const pavilions = options.pavilions.map((p) => ({ value: p.code, label: p.name ?? p.code })).sort(byLabel);
  const cleared = applicationQuerySearch({ ...DEFAULT_APPLICATION_QUERY, sort: query.sort, dir: query.dir });
  return (
    <Form method="get" className="review-filters" role="search" aria-label={t("filters.title")}>
      {query.status.map((status) => (
        <input key={status} type="hidden" name="status" value={status} />
      ))}
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div className="form-field review-filters__search">
        <label htmlFor="review-q" className="form-field__label">
          {t("filters.search")}
        </label>
        <input
          id="review-q"
          name="q"
          type="search"
          className="form-field__input"
          defaultValue={query.q}
          maxLength={200}
          aria-describedby="review-q-hint"
        />
        <p id="review-q-hint" className="form-field__hint">
          {t("filters.searchHint")}
        </p>
      </div>
      <SelectFilter
        name="sector"
        label={t("filters.sector")}
        any={t("filters.anySector")}
        value={query.sector}
        choices={sectors}
      />
      <SelectFilter
        name="pavilion"
        label={t("filters.pavilion")}
        any={t("filters.anyPavilion")}
        value={query.pavilion}
        choices={pavilions}
      />
      <SelectFilter
        name="country"
        label={t("filters.country")}
        any={t("filters.anyCountry")}
        value={query.country}
        choices={countries}
      />
      <RangeFilter name="area" legend={t("filters.area")} min={query.areaMin} max={query.areaMax} />
      <RangeFilter name="power" legend={t("filters.power")} min={query.powerMin} max={query.powerMax} />
      <div className="review-filters__actions">
        <button type="submit" className="button">
          {t("filters.apply")}
        </button>
        <Link to={cleared}>{t("filters.clear")}</Link>
      </div>
    </Form>
  );
}

function SelectFilter(props: {
  name: string;
  label: string;
  any: string;
  value: string;
  choices: { value: string; label: string }[];
}) {
  const id = `review-${props.name}`;
  return (
    <div className="form-field">
      <label htmlFor={id} className="form-field__label">
        {props.label}
      </label>
      <select id={id} name={props.name} className="form-field__input" defaultValue={props.value}>
        <option value="">{props.any}</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function RangeFilter({
  name,
  legend,
  min,
  max,
}: {
  name: "area" | "power";
  legend: string;
  min?: number;
  max?: number;
}) {
  const { t } = useTranslation("review");
  const input = (bound: "Min" | "Max", value: number | undefined, label: string) => (
    <label className="review-range__bound">
      <span>{label}</span>
      <input
        name={`${name}${bound}`}
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        className="form-field__input"
        defaultValue={value ?? ""}
      />
    </label>
  );
  return (
    <fieldset className="review-range">
      <legend className="form-field__label">{legend}</legend>
      {input("Min", min, t("filters.min"))}
      {input("Max", max, t("filters.max"))}
    </fieldset>
  );
}
