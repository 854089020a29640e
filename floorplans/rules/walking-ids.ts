/** Blocker ids in a hall's walking field: stands keep their own, obstacles are prefixed (the two id spaces may overlap). */
export function obstacleBlockerId(id: string): string {
  return `obstacle:${id}`;
}
