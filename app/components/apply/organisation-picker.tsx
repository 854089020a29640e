import { useId, useMemo, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { OrganisationOption } from "~/models/application-form-options";

export interface OrganisationPickerProps {
  /** The form field: every chosen organisation is sent as one `name=id` value. */
  name: string;
  legend: string;
  hint: string;
  candidates: OrganisationOption[];
  /** Ids (as text) chosen so far. */
  chosen: string[];
  error?: string;
}

/**
 * Chooses organisations among the event's exhibitors. Without JavaScript it is a select and an
 * "Add" button that saves the step and comes back to it; once hydrated the select becomes a
 * search-as-you-type combobox (ARIA 1.2 pattern: arrow keys, Enter, Escape, a live result count).
 * Chosen organisations are ticked checkboxes in both cases: unticking one removes it on save.
 */
export function OrganisationPicker({
  name,
  legend,
  hint,
  candidates,
  chosen: initial,
  error,
}: OrganisationPickerProps) {
  const { t } = useTranslation("applyForm");
  const id = `${name}-${useId()}`;
  // False on the server and during hydration, true afterwards: the HTML works before any script runs.
  const enhanced = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const [chosen, setChosen] = useState(initial);
  const names = useMemo(() => new Map(candidates.map((c) => [String(c.id), c.name])), [candidates]);
  const available = candidates.filter((c) => !chosen.includes(String(c.id)));
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <fieldset className={error ? "choice-group form-field--invalid" : "choice-group"}>
      <legend className="form-field__label">{legend}</legend>
      <p id={`${id}-hint`} className="form-field__hint">
        {hint}
      </p>
      {chosen.length === 0 ? (
        <p className="picker__none">{t("wishes.none")}</p>
      ) : (
        <ul className="picker__chosen">
          {chosen.map((value, index) => (
            <li key={value}>
              <label className="choice-group__choice">
                <input
                  type="checkbox"
                  name={name}
                  value={value}
                  defaultChecked
                  aria-invalid={error && index === 0 ? true : undefined}
                  aria-describedby={describedBy}
                />
                <span>{names.get(value) ?? value}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {candidates.length === 0 ? (
        <p className="picker__none">{t("wishes.noCandidates")}</p>
      ) : enhanced ? (
        <Combobox id={id} options={available} onChoose={(value) => setChosen((list) => [...list, value])} />
      ) : (
        <div className="picker__fallback">
          <label htmlFor={`${id}-select`} className="form-field__label">
            {t("wishes.choose")}
          </label>
          <select id={`${id}-select`} name={name} className="form-field__input" defaultValue="">
            <option value="">{t("wishes.chooseNone")}</option>
            {available.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <button type="submit" name="intent" value="add" className="button button--quiet">
            {t("wishes.add")}
          </button>
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} className="form-field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function Combobox({
  id,
  options,
  onChoose,
}: {
  id: string;
  options: OrganisationOption[];
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation("applyForm");
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  // -1: nothing highlighted until the arrow keys move into the list (ARIA combobox pattern).
  const [active, setActive] = useState(-1);
  const needle = normalise(query);
  const matches = needle
    ? options.filter((o) => normalise(o.name).includes(needle)).slice(0, 50)
    : options.slice(0, 50);
  const listId = `${id}-list`;
  const choose = (option: OrganisationOption | undefined) => {
    if (!option) return;
    onChoose(String(option.id));
    setQuery("");
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) =>
        matches.length === 0
          ? -1
          : index === -1 && step === -1
            ? matches.length - 1
            : (index + step + matches.length) % matches.length,
      );
    } else if (event.key === "Enter" && open && active >= 0) {
      // Enter picks the highlighted organisation instead of submitting the form.
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };
  const expanded = open && matches.length > 0;
  return (
    <div className="picker__combobox">
      <label htmlFor={`${id}-search`} className="form-field__label">
        {t("wishes.search")}
      </label>
      <p id={`${id}-search-hint`} className="form-field__hint">
        {t("wishes.searchHint")}
      </p>
      <input
        id={`${id}-search`}
        type="text"
        role="combobox"
        className="form-field__input"
        autoComplete="off"
        value={query}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={`${id}-search-hint`}
        aria-activedescendant={expanded && matches[active] ? `${listId}-${matches[active].id}` : undefined}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("wishes.search")}
        className="picker__list"
        hidden={!expanded}
      >
        {matches.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${option.id}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? "picker__option picker__option--active" : "picker__option"}
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            {option.name}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {open && query
          ? matches.length === 0
            ? t("wishes.noResults")
            : t("wishes.results", { count: matches.length })
          : ""}
      </p>
    </div>
  );
}

const subscribeToNothing = () => () => {};

function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
}
