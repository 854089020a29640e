/**
 * A small seeded PRNG (mulberry32): the seed must give the same data on every machine and run,
 * so nothing in it comes from Math.random or the clock.
 */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
  };
}
export type Random = ReturnType<typeof createRandom>;

/** True when the digits pass the Luhn check (SIREN and SIRET keys). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return /^\d+$/.test(digits) && sum % 10 === 0;
}

/** The digit that, appended, makes `payload` pass the Luhn check. */
export function luhnKey(payload: string): string {
  for (let d = 0; d <= 9; d++) if (passesLuhn(payload + d)) return String(d);
  throw new Error(`no Luhn key for ${payload}`);
}

/**
 * A fictional SIRET: a SIREN (8 digits + Luhn key) and a head-office NIC (0001 + key), so both the
 * SIREN and the whole SIRET pass the check, as real ones do.
 */
export function fictionalSiret(random: Random): string {
  let payload = String(random.int(3, 9));
  while (payload.length < 8) payload += String(random.int(0, 9));
  const siren = payload + luhnKey(payload);
  return siren + "0001" + luhnKey(`${siren}0001`);
}
