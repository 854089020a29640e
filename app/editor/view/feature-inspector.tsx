import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { formatDecimal as formatNumber } from "./number-format";
import { obstacleKinds, zoneKinds } from "../../../floorplans/format/schema";
import { findEntity, setFeatureProps, type FeatureProps, type Plan } from "../model";
import { CommitField, parseDecimal } from "./commit-field";
import type { EditorSession } from "./session";
import { boxLoads } from "./stand-metrics";

type FeatureRef = { readonly kind: "obstacle" | "exit" | "powerBox" | "zone"; readonly id: string };

/** Obstacles, doors, power boxes and zones: their kind, name and capacity, through setFeatureProps. */
export function FeatureInspector({
  session,
  plan,
  target,
}: {
  session: EditorSession;
  plan: Plan;
  target: FeatureRef;
}) {
  const { t } = useTranslation("editor");
  const { store, canEdit } = session;
  const entity = findEntity(plan, target.kind, target.id);
  if (!entity) return null;
  const set = (props: FeatureProps) => store.dispatch(setFeatureProps, { ref: target, props }).ok;
  const disabled = !canEdit;
  const title =
    target.kind === "obstacle"
      ? t(`obstacleKinds.${findEntity(plan, "obstacle", target.id)!.kind}`)
      : target.kind === "zone"
        ? t(`zoneKinds.${findEntity(plan, "zone", target.id)!.kind}`)
        : t(`tools.${target.kind}`);
  return (
    <section className="inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title" className="inspector__title">
        {title} {entity.id}
      </h2>
      <dl className="inspector__facts">
        <dt>{t("inspector.id")}</dt>
        <dd>{entity.id}</dd>
        <dt>{t("inspector.hall")}</dt>
        <dd>{plan.halls.find((h) => h.id === entity.hallId)?.name ?? entity.hallId}</dd>
      </dl>
      {target.kind === "obstacle" || target.kind === "zone" ? (
        <div className="editor-field">
          <label htmlFor="feature-kind">{t("inspector.kind")}</label>
          <select
            id="feature-kind"
            disabled={disabled}
            value={(entity as { kind: string }).kind}
            onChange={(e) => set({ kind: e.currentTarget.value })}
          >
            {(target.kind === "obstacle" ? obstacleKinds : zoneKinds).map((kind) => (
              <option key={kind} value={kind}>
                {target.kind === "obstacle"
                  ? t(`obstacleKinds.${kind as (typeof obstacleKinds)[number]}`)
                  : t(`zoneKinds.${kind as (typeof zoneKinds)[number]}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {target.kind === "zone" ? (
        <CommitField
          label={t("inspector.name")}
          value={findEntity(plan, "zone", target.id)?.name ?? ""}
          disabled={disabled}
          onCommit={(name) => set({ name })}
        />
      ) : (
        <CommitField
          label={t("inspector.label")}
          value={(entity as { label?: string }).label ?? ""}
          disabled={disabled}
          onCommit={(label) => set({ label })}
        />
      )}
      {target.kind === "powerBox" ? (
        <BoxFields plan={plan} id={target.id} disabled={disabled} set={set} />
      ) : null}
    </section>
  );
}

function BoxFields({
  plan,
  id,
  disabled,
  set,
}: {
  plan: Plan;
  id: string;
  disabled: boolean;
  set: (props: FeatureProps) => boolean;
}) {
  const { t } = useTranslation("editor");
  const locale = useLocale();
  const box = findEntity(plan, "powerBox", id);
  if (!box) return null;
  const load = boxLoads(plan).get(id);
  const num = (v: number) => formatNumber(locale, v, Number.isInteger(v) ? 0 : 1);
  return (
    <>
      <CommitField
        label={t("inspector.capacity")}
        type="number"
        value={box.capacityKw == null ? "" : String(box.capacityKw)}
        disabled={disabled}
        onCommit={(text) => set({ capacityKw: text.trim() === "" ? null : parseDecimal(text) })}
      />
      <div className="editor-field">
        <label htmlFor="box-phases">{t("inspector.phases")}</label>
        <select
          id="box-phases"
          disabled={disabled}
          value={box.phases}
          onChange={(e) => set({ phases: Number(e.currentTarget.value) })}
        >
          <option value={1}>{t("inspector.phase1")}</option>
          <option value={3}>{t("inspector.phase3")}</option>
        </select>
      </div>
      {load ? (
        <dl className="inspector__facts">
          <dt>{t("inspector.load")}</dt>
          <dd className={load.demandKw > load.capacityKw ? "inspector__over" : undefined}>
            {t("inspector.loadValue", { demand: num(load.demandKw), capacity: num(load.capacityKw) })}
          </dd>
        </dl>
      ) : null}
    </>
  );
}
