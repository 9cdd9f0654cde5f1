// F1: the 12-digit individual identification number (ИИН) and its check digit.
// The same algorithm checks БИН (business identification numbers).

declare const iinBrand: unique symbol;
/** A 12-digit string whose check digit is correct (F1). */
export type Iin = string & { readonly [iinBrand]: true };

export type IinProblem = 'iin-format' | 'iin-check-digit' | 'iin-never-issued';

export type IinResult = { ok: true; iin: Iin } | { ok: false; problem: IinProblem };

const WEIGHTS_FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const WEIGHTS_SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;
const TWELVE_DIGITS = /^\d{12}$/;

function weightedMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum % 11;
}

/**
 * F1 check digit for the first 11 digits, or null when the number is never issued
 * (both weight sets give 10).
 */
export function checkDigit(first11: string): number | null {
  const first = weightedMod11(first11, WEIGHTS_FIRST);
  if (first !== 10) return first;
  const second = weightedMod11(first11, WEIGHTS_SECOND);
  return second === 10 ? null : second;
}

export function parseIin(input: string): IinResult {
  if (!TWELVE_DIGITS.test(input)) return { ok: false, problem: 'iin-format' };
  const expected = checkDigit(input.slice(0, 11));
  if (expected === null) return { ok: false, problem: 'iin-never-issued' };
  if (expected !== input.charCodeAt(11) - 48) return { ok: false, problem: 'iin-check-digit' };
  return { ok: true, iin: input as Iin };
}

export function isValidIin(input: string): input is Iin {
  return parseIin(input).ok;
}

export type Sex = 'M' | 'F';

/**
 * What the IIN's first seven digits suggest. Only a hint: since 2013 the date and sex
 * digits need not match the person (F1), so callers must never reject on a mismatch.
 */
export interface IinHints {
  birthDate: string | null;
  sex: Sex | null;
  century: 1800 | 1900 | 2000 | null;
}

const CENTURY_BY_DIGIT: Record<string, 1800 | 1900 | 2000> = {
  '1': 1800,
  '2': 1800,
  '3': 1900,
  '4': 1900,
  '5': 2000,
  '6': 2000,
};

export function iinHints(iin: Iin): IinHints {
  const digit7 = iin[6]!;
  const century = CENTURY_BY_DIGIT[digit7] ?? null;
  const sex: Sex | null = century === null ? null : Number(digit7) % 2 === 1 ? 'M' : 'F';
  let birthDate: string | null = null;
  if (century !== null) {
    const year = century + Number(iin.slice(0, 2));
    const month = Number(iin.slice(2, 4));
    const day = Number(iin.slice(4, 6));
    const candidate = new Date(Date.UTC(year, month - 1, day));
    if (
      candidate.getUTCFullYear() === year &&
      candidate.getUTCMonth() === month - 1 &&
      candidate.getUTCDate() === day
    ) {
      birthDate = `${String(year).padStart(4, '0')}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
    }
  }
  return { birthDate, sex, century };
}

/** F1 digit 7 for a birth year and sex; null outside 1800–2099. */
export function centurySexDigit(birthYear: number, sex: Sex): number | null {
  const centuryIndex = Math.floor(birthYear / 100) - 18; // 0: 1800s, 1: 1900s, 2: 2000s
  if (centuryIndex < 0 || centuryIndex > 2) return null;
  return 1 + centuryIndex * 2 + (sex === 'M' ? 0 : 1);
}

/**
 * Builds an IIN from a birth date (YYYY-MM-DD), sex and a 4-digit serial, or returns null when
 * that serial gives a never-issued number (both weight sets give 10) — the caller takes the next
 * serial.
 */
export function composeIin(birthDate: string, sex: Sex, serial: number): Iin | null {
  const digit7 = centurySexDigit(Number(birthDate.slice(0, 4)), sex);
  if (digit7 === null || serial < 0 || serial > 9999 || !Number.isInteger(serial)) return null;
  const first11 =
    birthDate.slice(2, 4) + birthDate.slice(5, 7) + birthDate.slice(8, 10) + digit7 + String(serial).padStart(4, '0');
  const check = checkDigit(first11);
  return check === null ? null : ((first11 + check) as Iin);
}

/**
 * C8: an IIN as public pages show it — the last four digits only. The first six are the birth
 * date and the seventh the sex, which the page must not reveal beyond what it shows anyway.
 */
export function maskIin(iin: string): string {
  return `********${iin.slice(-4)}`;
}
