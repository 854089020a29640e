import { describeReason } from "../allocation/messages";
import type { AllocationProposal } from "../allocation/types";
import type { Plan } from "../format/schema";
import { serializePlan } from "../format/serialize";
import type { Locale } from "../rules/types";
import { parseCliArgs } from "./cli-args";

/** `allocate`'s command line: validate's (PLAN.json, --json, --lang) plus `--seconds S`. */
export type AllocateArgs =
  | { kind: "run"; file: string; json: boolean; locale: Locale; seconds: number }
  | { kind: "help"; locale: Locale }
  | { kind: "usage-error"; message: string; locale: Locale };

export const DEFAULT_CLI_SECONDS = 10;
const MAX_SECONDS = 3600;

const USAGE: Record<Locale, string> = {
  fr: [
    "Usage : npm run -s allocate -- PLAN.json [--json] [--seconds S] [--lang fr|en]",
    "  Place les exposants sans stand sur les stands libres (les stands déjà attribués ne bougent pas)",
    '  et écrit le plan obtenu, avec son bloc "allocation", sur la sortie standard.',
    "  --json         n'écrire que le plan JSON (sinon un résumé lisible suit sur la sortie d'erreur)",
    `  --seconds S    temps de calcul maximal en secondes (par défaut : ${DEFAULT_CLI_SECONDS})`,
    "  --lang fr|en   langue du résumé (par défaut : fr)",
    "Codes de sortie : 0 plan sans erreur, 1 le plan garde des erreurs (déjà présentes), 2 fichier invalide ou usage incorrect.",
  ].join("\n"),
  en: [
    "Usage: npm run -s allocate -- PLAN.json [--json] [--seconds S] [--lang fr|en]",
    "  Places the exhibitors that have no stand on free stands (stands already assigned never change)",
    '  and prints the resulting plan, with its "allocation" block, on stdout.',
    "  --json         print only the JSON plan (otherwise a readable summary follows on stderr)",
    `  --seconds S    time limit in seconds (default: ${DEFAULT_CLI_SECONDS})`,
    "  --lang fr|en   language of the summary (default: fr)",
    "Exit codes: 0 plan without errors, 1 the plan keeps errors (that were already there), 2 invalid file or usage error.",
  ].join("\n"),
};

export function describeAllocateUsage(locale: Locale): string {
  return USAGE[locale];
}

export function parseAllocateArgs(argv: readonly string[]): AllocateArgs {
  const rest: string[] = [];
  let seconds = DEFAULT_CLI_SECONDS;
  let problem: { fr: string; en: string } | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === "--seconds" || arg.startsWith("--seconds=")) {
      const raw = arg === "--seconds" ? argv[++i] : arg.slice("--seconds=".length);
      const value = Number(raw);
      if (
        raw === undefined ||
        raw.trim() === "" ||
        !Number.isFinite(value) ||
        value <= 0 ||
        value > MAX_SECONDS
      ) {
        problem ??= {
          fr: `--seconds attend un nombre de secondes entre 0 et ${MAX_SECONDS} (reçu ${JSON.stringify(raw ?? "")})`,
          en: `--seconds takes a number of seconds between 0 and ${MAX_SECONDS} (got ${JSON.stringify(raw ?? "")})`,
        };
      } else seconds = value;
    } else rest.push(arg);
  }
  const base = parseCliArgs(rest);
  if (base.kind !== "run") return base;
  if (problem) return { kind: "usage-error", message: problem[base.locale], locale: base.locale };
  return { ...base, seconds };
}

/** The resulting plan in the canonical file layout, followed by its `allocation` block. */
export function planWithAllocation(plan: Plan, proposal: AllocationProposal): string {
  const text = serializePlan(plan).trimEnd();
  const block = JSON.stringify({ allocation: proposal.summary }, null, 2).trim().slice(1, -1).trimEnd();
  // Both ends are JSON objects: drop the plan's closing brace and append the block's members.
  return `${text.slice(0, text.lastIndexOf("}")).trimEnd()},${block}\n}\n`;
}

export function allocationSummaryText(
  proposal: AllocationProposal,
  names: Map<string, string>,
  file: string,
  locale: Locale,
): string {
  const { summary, details } = proposal;
  const fr = locale === "fr";
  const lines = [
    fr
      ? `${file} : ${summary.placed} exposant(s) placé(s), ${summary.unplaced.length} non placé(s) — ${summary.seconds} s`
      : `${file}: ${summary.placed} exhibitor(s) placed, ${summary.unplaced.length} left out — ${summary.seconds} s`,
    fr
      ? `  objectif ${summary.objective} ; borne (relaxation LP) ${summary.bound} ; résolution ${details.status === "optimal" ? "optimale prouvée" : details.status === "trivial" ? "sans objet" : "arrêtée par la limite de temps"}`
      : `  objective ${summary.objective}; bound (LP relaxation) ${summary.bound}; solve ${details.status === "optimal" ? "proven optimal" : details.status === "trivial" ? "nothing to solve" : "stopped by the time limit"}`,
    fr
      ? `  surface perdue ${details.wastedAreaM2} m² ; souhaits de voisinage tenus ${details.nearWishesMet}/${details.nearWishesBound}`
      : `  wasted area ${details.wastedAreaM2} m²; near wishes met ${details.nearWishesMet}/${details.nearWishesBound}`,
    ...summary.unplaced.map(
      (u) =>
        `  - ${names.get(u.exhibitorId) ?? u.exhibitorId} (${u.exhibitorId}) : ${describeReason(u.reason, locale)} [${u.reason}]`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}
