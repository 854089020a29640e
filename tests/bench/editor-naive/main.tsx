import { createRoot } from "react-dom/client";
import type { Plan } from "../../../floorplans/format/schema";
import { NaiveEditor, type ValidationMode } from "./naive-editor";
import "../editor-probe";

/**
 * Entry of the naive baseline page: `?plan=URL` (the plan JSON, served by the bench next to this
 * page) and `?validation=full|engine|off`. The bench has already checked the plan with parsePlan.
 */
const params = new URLSearchParams(location.search);
const validation = (params.get("validation") ?? "full") as ValidationMode;
if (!["full", "engine", "off"].includes(validation)) throw new Error(`unknown validation mode ${validation}`);

const response = await fetch(params.get("plan") ?? "plan.json");
if (!response.ok) throw new Error(`plan: HTTP ${response.status}`);
const plan = (await response.json()) as Plan;
window.__alleeEditor = { movesHandled: 0, lastMoveMs: 0, standCount: plan.stands.length, ready: false };
createRoot(document.getElementById("root")!).render(<NaiveEditor plan={plan} validation={validation} />);
