// БИН, the business identification number of a legal entity (ГБД ЮЛ), 12 digits:
//   1–2  the year of state registration (last two digits), 3–4 its month;
//   5    the type of entity: 4 resident legal entity, 5 non-resident legal entity,
//        6 individual entrepreneur in joint entrepreneurship;
//   6    the attribute: 0 head office, 1 branch, 2 representative office,
//        3 peasant (farm) household in joint entrepreneurship;
//   7–11 a serial; 12 the check digit, computed as the IIN's (F1: two-pass weighted mod 11).
// Issue 19 item 1. An IIN's fifth digit is the tens of a day (0–3), a BIN's is 4–6: the two never
// collide, which is why a BIN whose fifth digit is 0–3 is refused (`bin-type`) — it is a person's.
import { checkDigit } from './iin.ts';

declare const binBrand: unique symbol;
/** A 12-digit string with a correct check digit (F1) and the structure of a BIN. */
export type Bin = string & { readonly [binBrand]: true };

export type BinProblem =
  'bin-format' | 'bin-check-digit' | 'bin-never-issued' | 'bin-month' | 'bin-type' | 'bin-attribute';

export type BinResult = { ok: true; bin: Bin } | { ok: false; problem: BinProblem };

export type BinEntityType = 'resident' | 'non-resident' | 'joint-entrepreneur';
export type BinAttribute = 'head-office' | 'branch' | 'representative-office' | 'peasant-farm';

const TYPE_BY_DIGIT: Record<string, BinEntityType> = {
  '4': 'resident',
  '5': 'non-resident',
  '6': 'joint-entrepreneur',
};
const ATTRIBUTE_BY_DIGIT: Record<string, BinAttribute> = {
  '0': 'head-office',
  '1': 'branch',
  '2': 'representative-office',
  '3': 'peasant-farm',
};
const DIGIT_OF_TYPE: Record<BinEntityType, number> = { resident: 4, 'non-resident': 5, 'joint-entrepreneur': 6 };
const DIGIT_OF_ATTRIBUTE: Record<BinAttribute, number> = {
  'head-office': 0,
  branch: 1,
  'representative-office': 2,
  'peasant-farm': 3,
};
const TWELVE_DIGITS = /^\d{12}$/;

/** What a BIN's first eleven digits say. */
export interface BinParts {
  /** Four-digit year of registration: 90–99 read as the 1990s, 00–89 as 2000–2089. */
  year: number;
  month: number;
  entityType: BinEntityType;
  attribute: BinAttribute;
  serial: number;
}

/**
 * Checks a BIN: 12 digits, the check digit (the same function as the IIN's, not a copy), a month
 * 01–12, a known type and attribute. Each failure is its own coded problem (catalog key).
 */
export function parseBin(input: string): BinResult {
  if (!TWELVE_DIGITS.test(input)) return { ok: false, problem: 'bin-format' };
  const expected = checkDigit(input.slice(0, 11));
  if (expected === null) return { ok: false, problem: 'bin-never-issued' };
  if (expected !== input.charCodeAt(11) - 48) return { ok: false, problem: 'bin-check-digit' };
  const month = Number(input.slice(2, 4));
  if (month < 1 || month > 12) return { ok: false, problem: 'bin-month' };
  if (!(input[4]! in TYPE_BY_DIGIT)) return { ok: false, problem: 'bin-type' };
  if (!(input[5]! in ATTRIBUTE_BY_DIGIT)) return { ok: false, problem: 'bin-attribute' };
  return { ok: true, bin: input as Bin };
}

export function isValidBin(input: string): input is Bin {
  return parseBin(input).ok;
}

export function binParts(bin: Bin): BinParts {
  const yy = Number(bin.slice(0, 2));
  return {
    year: yy >= 90 ? 1900 + yy : 2000 + yy,
    month: Number(bin.slice(2, 4)),
    entityType: TYPE_BY_DIGIT[bin[4]!]!,
    attribute: ATTRIBUTE_BY_DIGIT[bin[5]!]!,
    serial: Number(bin.slice(6, 11)),
  };
}

/**
 * Builds a BIN from its parts, or null when the parts are out of range or the serial gives a
 * never-issued number (both weight sets give 10) — the caller takes the next serial.
 */
export function composeBin(parts: BinParts): Bin | null {
  const { year, month, serial } = parts;
  if (year < 1990 || year > 2089 || month < 1 || month > 12) return null;
  if (!Number.isInteger(serial) || serial < 0 || serial > 99_999) return null;
  const first11 =
    String(year % 100).padStart(2, '0') +
    String(month).padStart(2, '0') +
    DIGIT_OF_TYPE[parts.entityType] +
    DIGIT_OF_ATTRIBUTE[parts.attribute] +
    String(serial).padStart(5, '0');
  const check = checkDigit(first11);
  return check === null ? null : ((first11 + check) as Bin);
}

export const BIN_ENTITY_TYPES: readonly BinEntityType[] = ['resident', 'non-resident', 'joint-entrepreneur'];
export const BIN_ATTRIBUTES: readonly BinAttribute[] = [
  'head-office',
  'branch',
  'representative-office',
  'peasant-farm',
];
