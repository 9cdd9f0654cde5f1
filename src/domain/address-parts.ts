// An address of the register taken apart for the step-by-step picker and the search (issue 22,
// finding 2): the place ("Астана қ.", "Алматы обл., Қаскелең қ."), the street, the house and the
// flat. Pure, so the SQL registry (at load time, into the streets table) and the in-memory one
// split addresses the same way.
import { addressSearchKey } from './address-search.ts';

export interface AddressParts {
  /** Everything before the street, as registered (may be empty). */
  place: string;
  /** The street as registered; for an address without a house number, its last part. */
  street: string;
  house: number | null;
  flat: number | null;
}

const HOUSE = /^([0-9]{1,6})-үй$/;
const FLAT = /^([0-9]{1,6})-пәтер$/;

/**
 * "Астана қ., Қабанбай батыр даңғылы, 12-үй, 4-пәтер" → place "Астана қ.", street "Қабанбай батыр
 * даңғылы", house 12, flat 4. A house is "N-үй" and a flat "N-пәтер" after it; any other ending
 * (a letter in the number, no house) stays in the street, so the street's search key plus the
 * house and flat is always the address's own key (see streetSearchKey).
 */
export function addressParts(address: string): AddressParts {
  const parts = address
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  let house: number | null = null;
  let flat: number | null = null;
  const last = parts.at(-1) ?? '';
  const beforeLast = parts.at(-2) ?? '';
  if (FLAT.test(last) && HOUSE.test(beforeLast)) {
    flat = Number(FLAT.exec(parts.pop()!)![1]);
    house = Number(HOUSE.exec(parts.pop()!)![1]);
  } else if (HOUSE.test(last)) {
    house = Number(HOUSE.exec(parts.pop()!)![1]);
  }
  const street = parts.pop() ?? '';
  return { place: parts.join(', '), street, house, flat };
}

/** The street with its place, as it begins every address on it. */
export function streetText(parts: { place: string; street: string }): string {
  return parts.place === '' ? parts.street : `${parts.place}, ${parts.street}`;
}

/** The search key of a street with its place: the address key without the house and flat. */
export function streetSearchKey(parts: { place: string; street: string }): string {
  return addressSearchKey(streetText(parts));
}

/**
 * The address's own key from its street's key and its house and flat (addressParts's promise):
 * what a bulk load writes without folding the whole address again for every dwelling.
 */
export function addressKeyOf(streetKey: string, parts: { house: number | null; flat: number | null }): string {
  return [streetKey, parts.house, parts.flat].filter((x) => x !== null && x !== '').join(' ');
}

const byNumber = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a - b);

/**
 * Address order, the same on every engine: the street with its place in code-point order, then
 * house and flat as numbers (2 before 12; none first), then РКА.
 */
export function compareAddresses(a: { address: string; rka: string }, b: { address: string; rka: string }): number {
  const pa = addressParts(a.address);
  const pb = addressParts(b.address);
  const sa = streetText(pa);
  const sb = streetText(pb);
  if (sa !== sb) return sa < sb ? -1 : 1;
  return byNumber(pa.house, pb.house) || byNumber(pa.flat, pb.flat) || (a.rka < b.rka ? -1 : a.rka > b.rka ? 1 : 0);
}

const FNV_PRIME = 0x100000001b3n;
const FNV_OFFSET = 0xcbf29ce484222325n;
const MASK_64 = (1n << 64n) - 1n;

/**
 * A street's identity, computed from its city and text (64-bit FNV-1a cut to 52 bits, so it stays
 * an exact JavaScript number): each chunk of a seed can name its streets without asking the
 * database, and the same street always gets the same number. Among a few thousand streets the
 * chance that two share one is about 10⁻⁹.
 */
export function streetId(city: string, parts: { place: string; street: string }): number {
  let hash = FNV_OFFSET;
  for (const ch of `${city}\u0000${parts.place}\u0000${parts.street}`) {
    hash ^= BigInt(ch.codePointAt(0)!);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return Number(hash >> 12n) || 1;
}

/**
 * The query's numbers left for the house and flat once the street's own numbers ("8 Наурыз",
 * "5 ықшам ауданы") have taken what they can, in order — greedily, which is optimal for "in the
 * same order". More than two left: no address on this street can match.
 */
export function numbersForHouseAndFlat(numbers: readonly string[], streetKey: string): string[] | null {
  const own = streetKey.split(' ').filter((w) => /^[0-9]/.test(w));
  let at = 0;
  for (const n of own) if (at < numbers.length && numbers[at] === n) at++;
  const left = numbers.slice(at);
  return left.length <= 2 ? left : null;
}
