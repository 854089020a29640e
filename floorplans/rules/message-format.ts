import type { Locale, Violation } from "./types";

/** Intl formatters, built once per locale (never inside the rules: formatting is for people). */
const formats = {
  fr: makeFormats("fr-FR"),
  en: makeFormats("en-GB"),
};

function makeFormats(tag: string) {
  return {
    metres: new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    amount: new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }),
    share: new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 }),
  };
}

/**
 * What a message template reads from a violation: names of the things (through the caller's
 * `names`) and figures formatted for the locale — metres with 2 decimals, areas and powers with
 * up to 2, shares as percentages.
 */
export class MessageParts {
  private readonly f: ReturnType<typeof makeFormats>;

  constructor(
    private readonly v: Violation,
    locale: Locale,
    private readonly names: (id: string) => string,
  ) {
    this.f = formats[locale];
  }

  /** The raw data value (a string id or kind), or "" when absent. */
  text(key: string): string {
    const value = this.v.data[key];
    return value === undefined ? "" : String(value);
  }

  has(key: string): boolean {
    return typeof this.v.data[key] === "number" && Number.isFinite(this.v.data[key]);
  }

  /** The display name of the id held in data[key], or of subjects[fallback] when data lacks it. */
  name(key: string, fallback = 0): string {
    const id = this.v.data[key];
    return this.names(typeof id === "string" ? id : (this.v.subjects[fallback] ?? ""));
  }

  private number(key: string): number {
    const value = this.v.data[key];
    return typeof value === "number" ? value : NaN;
  }

  m(key: string): string {
    return `${this.f.metres.format(this.number(key))} m`;
  }

  m2(key: string): string {
    return `${this.f.amount.format(this.number(key))} m²`;
  }

  kw(key: string): string {
    return `${this.f.amount.format(this.number(key))} kW`;
  }

  count(key: string): string {
    return this.f.amount.format(this.number(key));
  }

  share(key: string): string {
    return this.f.share.format(this.number(key));
  }

  /** A ratio of two figures of the data, as a percentage. */
  ratio(key: string, of: string): string {
    return this.f.share.format(this.number(key) / this.number(of));
  }
}
