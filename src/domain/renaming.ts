// 004 cl.7: a joint decision of the local representative and executive bodies that renames a
// street or renumbers a building, as the State Corporation records it, and what it does to an
// address of the register. Pure: the CLI and the back-office page check the same input with
// `checkRenaming`; the service applies it (src/services/cadastre-renaming/).
import { addressParts } from './address-parts.ts';
import { type IsoDate, parseIsoDate } from './dates.ts';

/** The coded reasons a decision is refused (texts in src/i18n/messages/renaming-*.ts). */
export const RENAMING_ERROR_CODES = [
  'renaming.invalid-text',
  'renaming.invalid-date',
  'renaming.future-date',
  'renaming.invalid-house',
  'renaming.same-name',
  'renaming.same-house',
  'renaming.unknown-city',
  'renaming.unknown-street',
  'renaming.ambiguous-street',
  'renaming.street-exists',
  'renaming.unknown-building',
  'renaming.building-exists',
  'renaming.number-reused',
] as const;
export type RenamingErrorCode = (typeof RENAMING_ERROR_CODES)[number];

export interface RenamingProblem {
  readonly code: RenamingErrorCode;
  readonly path: string;
}

/** What an administrator types: every field as text (the CLI's flags, the page's form). */
export interface RenamingInput {
  readonly kind: 'street' | 'building';
  /** The bodies that decided, as the decision names them. */
  readonly body: string;
  readonly number: string;
  /** YYYY-MM-DD. */
  readonly decidedOn: string;
  /** The city as the register codes it (`astana`). */
  readonly city: string;
  /** The street as it is named before the decision. */
  readonly street: string;
  /** `street`: the new name. */
  readonly newStreet?: string | undefined;
  /** `building`: the house number before and after. */
  readonly house?: string | undefined;
  readonly newHouse?: string | undefined;
}

export type RenamingChange =
  | { readonly kind: 'street'; readonly from: string; readonly to: string }
  | { readonly kind: 'building'; readonly street: string; readonly from: number; readonly to: number };

export interface RenamingDecision {
  readonly body: string;
  readonly number: string;
  readonly decidedOn: IsoDate;
  readonly city: string;
  readonly change: RenamingChange;
}

/** Spacing evened out: what the register stores and what two names are compared by. */
export function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Names compared without regard to case or spacing ("абай  көшесі" finds "Абай көшесі"). */
export function sameName(a: string, b: string): boolean {
  return tidy(a).toLocaleLowerCase('kk') === tidy(b).toLocaleLowerCase('kk');
}

const HOUSE = /^[1-9][0-9]{0,5}$/;

function text(value: string | undefined, path: string, max: number, streetName = false): string | RenamingProblem {
  const tidied = tidy(value ?? '');
  // A comma in a street's name would split it in an address ("place, street, N-үй").
  if (tidied.length === 0 || tidied.length > max || (streetName && tidied.includes(',')))
    return { code: 'renaming.invalid-text', path };
  return tidied;
}

const isProblem = (v: unknown): v is RenamingProblem => typeof v === 'object' && v !== null && 'code' in v;

/** The decision, or the first thing wrong with the input (`today`: Astana's date, D1). */
export function checkRenaming(input: RenamingInput, today: IsoDate): RenamingDecision | RenamingProblem {
  const fields = [
    text(input.body, '/body', 300),
    text(input.number, '/number', 50),
    text(input.city, '/city', 100),
    text(input.street, '/street', 200, true),
  ] as const;
  const problem = fields.find(isProblem);
  if (problem) return problem;
  const [body, number, city, street] = fields as unknown as [string, string, string, string];
  const decidedOn = parseIsoDate(input.decidedOn.trim());
  if (!decidedOn) return { code: 'renaming.invalid-date', path: '/decidedOn' };
  // A decision is recorded after it is made.
  if (decidedOn > today) return { code: 'renaming.future-date', path: '/decidedOn' };
  if (input.kind === 'street') {
    const to = text(input.newStreet, '/newStreet', 200, true);
    if (isProblem(to)) return to;
    if (to === street) return { code: 'renaming.same-name', path: '/newStreet' };
    return { body, number, decidedOn, city, change: { kind: 'street', from: street, to } };
  }
  const from = tidy(input.house ?? '');
  if (!HOUSE.test(from)) return { code: 'renaming.invalid-house', path: '/house' };
  const to = tidy(input.newHouse ?? '');
  if (!HOUSE.test(to)) return { code: 'renaming.invalid-house', path: '/newHouse' };
  if (from === to) return { code: 'renaming.same-house', path: '/newHouse' };
  return { body, number, decidedOn, city, change: { kind: 'building', street, from: Number(from), to: Number(to) } };
}

/**
 * An address on a renamed street: every address on a street begins with the street's prefix
 * (place, street; migration 0013), so the prefix is replaced and the house and flat kept.
 */
export function renameStreetIn(address: string, oldPrefix: string, newPrefix: string): string {
  if (!address.startsWith(oldPrefix)) throw new RangeError('renameStreetIn: the address is not on the street');
  return newPrefix + address.slice(oldPrefix.length);
}

/** An address in a renumbered building: its house part "N-үй" becomes the new number. */
export function renumberIn(address: string, from: number, to: number): string {
  const parts = addressParts(address);
  if (parts.house !== from) throw new RangeError('renumberIn: the address is not in the building');
  const pieces = address.split(',').map((p) => p.trim());
  const at = pieces.lastIndexOf(`${from}-үй`);
  pieces[at] = `${to}-үй`;
  return pieces.join(', ');
}
