import type { Locale } from "../rules/types";

export type CliArgs =
  | { kind: "run"; file: string; json: boolean; locale: Locale }
  | { kind: "help"; locale: Locale }
  | { kind: "usage-error"; message: string; locale: Locale };

const USAGE: Record<Locale, string> = {
  fr: [
    "Usage : npm run -s validate -- PLAN.json [--json] [--lang fr|en]",
    "  --json         n'écrire sur la sortie standard que le résultat JSON",
    "  --lang fr|en   langue du rapport et des messages (par défaut : fr)",
    "Codes de sortie : 0 aucune erreur (avertissements permis), 1 erreurs, 2 fichier invalide ou usage incorrect.",
  ].join("\n"),
  en: [
    "Usage: npm run -s validate -- PLAN.json [--json] [--lang fr|en]",
    "  --json         print only the JSON result on stdout",
    "  --lang fr|en   language of the report and messages (default: fr)",
    "Exit codes: 0 no error (warnings allowed), 1 errors, 2 invalid file or usage error.",
  ].join("\n"),
};

export function describeUsage(locale: Locale): string {
  return USAGE[locale];
}

function isLocale(value: string | undefined): value is Locale {
  return value === "fr" || value === "en";
}

/** The language asked for, even on a broken command line, so that the usage error speaks it. */
function findLocale(argv: readonly string[]): Locale {
  const at = argv.indexOf("--lang");
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  return isLocale(value) ? value : "fr";
}

/** Reads `PLAN.json [--json] [--lang fr|en] [--help]` in any order; a lone `--` ends the options. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const locale = findLocale(argv);
  const files: string[] = [];
  let json = false;
  let options = true;
  const fail = (fr: string, en: string): CliArgs => ({
    kind: "usage-error",
    message: locale === "fr" ? fr : en,
    locale,
  });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!options || !arg.startsWith("-") || arg === "-") files.push(arg);
    else if (arg === "--") options = false;
    else if (arg === "--json") json = true;
    else if (arg === "--help" || arg === "-h") return { kind: "help", locale };
    else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg === "--lang" ? argv[++i] : arg.slice("--lang=".length);
      if (!isLocale(value)) return fail("--lang attend fr ou en", "--lang takes fr or en");
    } else return fail(`option inconnue ${JSON.stringify(arg)}`, `unknown option ${JSON.stringify(arg)}`);
  }
  const [file, ...extra] = files;
  if (file === undefined) return fail("il manque le fichier PLAN.json", "missing the PLAN.json file");
  if (extra.length > 0) {
    return fail(
      `un seul fichier à la fois (reçu ${files.length})`,
      `one file at a time (got ${files.length})`,
    );
  }
  return { kind: "run", file, json, locale };
}
