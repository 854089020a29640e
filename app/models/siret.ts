/**
 * French SIRET numbers: 14 digits (SIREN + establishment number) whose last digit is a Luhn key.
 * La Poste's establishments (SIREN 356 000 000) are the one documented exception: their key makes
 * the digit sum a multiple of 5 instead, because the Luhn key space ran out.
 */
const LA_POSTE_SIREN = "356000000";

/** Removes the spaces people type between groups ("732 829 320 00074"). */
export function normaliseSiret(value: string): string {
  return value.replace(/[\s\u00a0\u202f.]/g, "");
}

export function hasSiretFormat(value: string): boolean {
  return /^\d{14}$/.test(value);
}

export function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[digits.length - 1 - i]);
    // Every second digit from the right is doubled; a two-digit result counts as the sum of its digits.
    const weighted = i % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum;
}

/** True for a well-formed SIRET with a valid key (already normalised: 14 digits, nothing else). */
export function isValidSiret(value: string): boolean {
  if (!hasSiretFormat(value)) return false;
  if (luhnSum(value) % 10 === 0) return true;
  if (!value.startsWith(LA_POSTE_SIREN)) return false;
  const digitSum = [...value].reduce((total, digit) => total + Number(digit), 0);
  return digitSum % 5 === 0;
}
