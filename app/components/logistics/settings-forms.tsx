import { Form } from "react-router";
import { useTranslation } from "react-i18next";
import type { FormSetting } from "~/models/logistics-settings.server";

function cellError(errors: Record<string, string>, name: string, t: (key: string) => string) {
  const key = errors[name];
  return key ? (
    <p id={`${name}-error`} className="form-field__error">
      {t(key)}
    </p>
  ) : null;
}

/** Every form kind on one row: asked or not, mandatory or not, deadline (and the badge allowance). */
export function FormSettingsTable({
  forms,
  errors,
  values,
}: {
  forms: FormSetting[];
  errors: Record<string, string>;
  values: Record<string, string> | null;
}) {
  const { t } = useTranslation("logistics");
  const tk = (key: string) => String(t(key as "settings.title"));
  const configured = forms.some((form) => form.configured);
  const value = (name: string, stored: string) => values?.[name] ?? stored;
  const ticked = (name: string, stored: boolean) => (values ? values[name] !== undefined : stored);
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="forms" />
      {!configured ? <p className="form-notice">{t("settings.notConfigured")}</p> : null}
      <table className="data-table logistics-settings">
        <thead>
          <tr>
            <th scope="col">{t("columns.form")}</th>
            <th scope="col">{t("settings.enabled")}</th>
            <th scope="col">{t("settings.mandatory")}</th>
            <th scope="col">{t("settings.dueOn")}</th>
          </tr>
        </thead>
        <tbody>
          {forms.map((form) => {
            const label = t(`kinds.${form.kind}`);
            return (
              <tr key={form.kind}>
                <th scope="row">
                  {label}
                  {form.kind === "badges" ? (
                    <div className="logistics-settings__add">
                      <label>
                        {t("settings.badgesBase")}{" "}
                        <input
                          type="number"
                          min={0}
                          max={50}
                          name="badges.badgesBase"
                          className="form-field__input"
                          defaultValue={value("badges.badgesBase", String(form.badgesBase))}
                          aria-invalid={errors["badges.badgesBase"] ? true : undefined}
                          aria-describedby={
                            errors["badges.badgesBase"] ? "badges.badgesBase-error" : undefined
                          }
                        />
                      </label>
                      <label>
                        {t("settings.badgesPerM2")}{" "}
                        <input
                          type="number"
                          min={1}
                          max={500}
                          name="badges.badgesPerM2"
                          className="form-field__input"
                          defaultValue={value("badges.badgesPerM2", String(form.badgesPerM2))}
                          aria-invalid={errors["badges.badgesPerM2"] ? true : undefined}
                          aria-describedby={
                            errors["badges.badgesPerM2"] ? "badges.badgesPerM2-error" : undefined
                          }
                        />
                      </label>
                      {cellError(errors, "badges.badgesBase", tk)}
                      {cellError(errors, "badges.badgesPerM2", tk)}
                    </div>
                  ) : null}
                </th>
                <td>
                  <input
                    type="checkbox"
                    name={`${form.kind}.enabled`}
                    defaultChecked={ticked(`${form.kind}.enabled`, form.enabled)}
                    aria-label={`${t("settings.enabled")} : ${label}`}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    name={`${form.kind}.mandatory`}
                    defaultChecked={ticked(`${form.kind}.mandatory`, form.mandatory)}
                    aria-label={`${t("settings.mandatory")} : ${label}`}
                  />
                </td>
                <td>
                  <input
                    type="date"
                    name={`${form.kind}.dueOn`}
                    className="form-field__input"
                    defaultValue={value(`${form.kind}.dueOn`, form.dueOn)}
                    aria-label={`${t("settings.dueOn")} : ${label}`}
                    aria-invalid={errors[`${form.kind}.dueOn`] ? true : undefined}
                    aria-describedby={errors[`${form.kind}.dueOn`] ? `${form.kind}.dueOn-error` : undefined}
                  />
                  {cellError(errors, `${form.kind}.dueOn`, tk)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="card__note">{t("settings.formsHint")}</p>
      <button type="submit" className="button">
        {t("settings.saveForms")}
      </button>
    </Form>
  );
}
