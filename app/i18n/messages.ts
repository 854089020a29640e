/**
 * Translation files are TypeScript modules, one per namespace, each exporting `{ fr, en }`.
 * `en` is typed from `fr`, so a missing or extra English key is a type error.
 */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export function defineMessages<const F extends Record<string, unknown>>(fr: F, en: Messages<F>) {
  return { fr, en };
}
