/**
 * A 0–1 maximisation model in the shape HiGHS takes (rows in CSR): columns with a value and an
 * upper bound, rows `Σ a·x ≤ upper`. Kept solver-agnostic so that tests can read it.
 */
export class LinearModel {
  readonly value: number[] = [];
  readonly upper: number[] = [];
  readonly rowStarts: number[] = [0];
  readonly rowIndices: number[] = [];
  readonly rowValues: number[] = [];
  readonly rowUpper: number[] = [];

  addColumn(value: number, upper = 1): number {
    this.value.push(value);
    this.upper.push(upper);
    return this.value.length - 1;
  }

  /** Adds `Σ coefficients·x ≤ upper`; columns must be distinct. Empty rows are skipped. */
  addRow(columns: readonly number[], coefficients: readonly number[] | number, upper: number): void {
    if (columns.length === 0) return;
    for (let i = 0; i < columns.length; i++) {
      this.rowIndices.push(columns[i]!);
      this.rowValues.push(typeof coefficients === "number" ? coefficients : coefficients[i]!);
    }
    this.rowStarts.push(this.rowIndices.length);
    this.rowUpper.push(upper);
  }

  get columnCount(): number {
    return this.value.length;
  }

  get rowCount(): number {
    return this.rowUpper.length;
  }

  /** Σ value·x of a 0–1 vector, and whether it satisfies every row and bound. */
  evaluate(x: ArrayLike<number>): { value: number; feasible: boolean } {
    let value = 0;
    let feasible = true;
    for (let j = 0; j < this.columnCount; j++) {
      if (x[j]! > this.upper[j]! + 1e-9) feasible = false;
      value += this.value[j]! * x[j]!;
    }
    for (let r = 0; r < this.rowCount; r++) {
      let sum = 0;
      for (let p = this.rowStarts[r]!; p < this.rowStarts[r + 1]!; p++)
        sum += this.rowValues[p]! * x[this.rowIndices[p]!]!;
      if (sum > this.rowUpper[r]! + 1e-6) feasible = false;
    }
    return { value, feasible };
  }
}
