/**
 * Rotated rectangles of RULES.md: (x, y) is the top-left corner of the unrotated rectangle,
 * `width` runs along x, `depth` along y, and `rotation` turns it clockwise on screen (y down)
 * about its centre — the matrix [cos −sin; sin cos] in these coordinates.
 */
export interface RectInput {
  x: number;
  y: number;
  width: number;
  depth: number;
  rotation?: number;
}

/** Rotation in [0, 360). */
export function normalizeRotation(rotationDeg: number): number {
  const r = rotationDeg % 360;
  return r < 0 ? r + 360 : r;
}

/** A quarter turn keeps the rectangle axis-aligned, so rules can use its bounding box as is. */
export function isQuarterTurn(rotationDeg: number): boolean {
  return normalizeRotation(rotationDeg) % 90 === 0;
}

/**
 * Writes the corners top-left, top-right, bottom-right, bottom-left (of the unrotated rectangle)
 * into out[offset … offset + 8). Quarter turns use exact sines and cosines so that a stand turned
 * by 90° is exactly axis-aligned (Math.cos(π/2) is 6e-17, not 0). The order is clockwise on
 * screen, i.e. a positive shoelace sum, whatever the rotation.
 */
export function writeRectCorners(
  out: Float64Array,
  offset: number,
  x: number,
  y: number,
  width: number,
  depth: number,
  rotationDeg: number,
): void {
  const r = rotationDeg === 0 ? 0 : normalizeRotation(rotationDeg);
  if (r === 0) {
    // Keep the file's own coordinates bit for bit: x + w/2 − w/2 is not always x.
    out[offset] = x;
    out[offset + 1] = y;
    out[offset + 2] = x + width;
    out[offset + 3] = y;
    out[offset + 4] = x + width;
    out[offset + 5] = y + depth;
    out[offset + 6] = x;
    out[offset + 7] = y + depth;
    return;
  }
  let cos: number;
  let sin: number;
  if (r === 90) [cos, sin] = [0, 1];
  else if (r === 180) [cos, sin] = [-1, 0];
  else if (r === 270) [cos, sin] = [0, -1];
  else {
    const rad = (r * Math.PI) / 180;
    cos = Math.cos(rad);
    sin = Math.sin(rad);
  }
  const cx = x + width / 2;
  const cy = y + depth / 2;
  const hw = width / 2;
  const hd = depth / 2;
  const lx = [-hw, hw, hw, -hw];
  const ly = [-hd, -hd, hd, hd];
  for (let i = 0; i < 4; i++) {
    out[offset + 2 * i] = cx + lx[i]! * cos - ly[i]! * sin;
    out[offset + 2 * i + 1] = cy + lx[i]! * sin + ly[i]! * cos;
  }
}

/** The four corners of a (possibly rotated) rectangle, clockwise on screen from the unrotated top-left. */
export function rectCorners(rect: RectInput): [number, number][] {
  const out = new Float64Array(8);
  writeRectCorners(out, 0, rect.x, rect.y, rect.width, rect.depth, rect.rotation ?? 0);
  return [
    [out[0]!, out[1]!],
    [out[2]!, out[3]!],
    [out[4]!, out[5]!],
    [out[6]!, out[7]!],
  ];
}
