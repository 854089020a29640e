/** The contractor lists, in the order the exports page shows them (shared by page and server). */
export const tableKinds = [
  "stands",
  "power",
  "furnitureTotals",
  "furnitureStands",
  "badges",
  "schedule",
  "signage",
] as const;
export type TableKind = (typeof tableKinds)[number];
