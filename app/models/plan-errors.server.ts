/** One reason an import is refused, in the shape `parsePlan` uses: a JSON path into the file and why. */
export interface PlanImportProblem {
  path: string;
  message: string;
}

/** The event named by an id or slug does not exist. */
export class PlanEventNotFound extends Error {
  override readonly name = "PlanEventNotFound";
  constructor(readonly event: number | string) {
    super(`no event ${typeof event === "string" ? JSON.stringify(event) : `#${event}`}`);
  }
}

/**
 * A save based on an older plan than the one stored (someone else saved meanwhile). Nothing was
 * written; the caller reloads and shows both versions instead of silently overwriting (DESIGN.md).
 */
export class PlanVersionConflict extends Error {
  override readonly name = "PlanVersionConflict";
  constructor(
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      `the plan was changed meanwhile: version ${currentVersion} is stored, this edit was based on version ${expectedVersion}`,
    );
  }
}

/**
 * A plan that parses but cannot be stored for this event (e.g. a stand given to an exhibitor that has
 * no application for the event). The whole import is refused; every problem is listed.
 */
export class PlanImportRefused extends Error {
  override readonly name = "PlanImportRefused";
  constructor(readonly problems: PlanImportProblem[]) {
    super(
      `plan refused: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join("; ")}`,
    );
  }
}
