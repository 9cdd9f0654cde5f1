// S9a (004 cl.4): "the employee enters the data into ЕГКН IS". The new object as the filing
// describes it (commissioning act, land-plot document), and which step of which variant writes
// it into ЕГКН — the registry the registration rules read the dwelling's area from (P4.1, N1).
import { type CaseError, caseError } from './errors.ts';

export interface CadastreObject {
  /** The РКА given to the new object (16 digits). */
  readonly rka: string;
  readonly city: string;
  readonly address: string;
  /** Total area in m², as measured (the Astana norm reads it, N1). */
  readonly areaM2: number;
  /** Right holders with their shares as reduced fractions ("1/2"). */
  readonly owners: readonly { readonly iin: string; readonly share: string }[];
}

/** 004 cl.4: the step whose completion enters the object into ЕГКН. */
export const CADASTRE_ENTRY = { service: 'S9', variant: 'S9a', step: 'enter-data' } as const;

const SHARE = /^([1-9]\d*)\/([1-9]\d*)$/;

/** What makes a described object unfit for ЕГКН, or null. */
export function cadastreObjectProblem(object: CadastreObject): CaseError | null {
  const at = (field: string) => `/cadastre/${field}`;
  if (!/^\d{16}$/.test(object.rka)) return caseError('case.object-invalid', { field: 'rka' }, at('rka'));
  if (object.city.trim() === '') return caseError('case.object-invalid', { field: 'city' }, at('city'));
  if (object.address.trim() === '') return caseError('case.object-invalid', { field: 'address' }, at('address'));
  if (!Number.isFinite(object.areaM2) || object.areaM2 <= 0 || object.areaM2 >= 10_000_000)
    return caseError('case.object-invalid', { field: 'areaM2' }, at('areaM2'));
  if (object.owners.length === 0) return caseError('case.object-invalid', { field: 'owners' }, at('owners'));
  let total = 0;
  for (const owner of object.owners) {
    const share = SHARE.exec(owner.share);
    if (!/^\d{12}$/.test(owner.iin) || !share || Number(share[1]) > Number(share[2]))
      return caseError('case.object-invalid', { field: 'owners' }, at('owners'));
    total += Number(share[1]) / Number(share[2]);
  }
  // The shares of the right holders make the whole object.
  if (Math.abs(total - 1) > 1e-9) return caseError('case.object-invalid', { field: 'owners' }, at('owners'));
  return null;
}

/** How many other right holders the S9a filing page takes (a new flat has one to a few owners). */
export const MAX_CO_OWNERS = 4;

export type OwnersReading =
  | { readonly ok: true; readonly owners: CadastreObject['owners'] }
  | { readonly ok: false; readonly field: string; readonly problem: OwnersProblem };
export type OwnersProblem = 'share' | 'iin' | 'duplicate' | 'total';

/**
 * S9a (004 cl.4, L1 r.8): the right holders of a new object as the applicant gives them — their
 * own share and the other holders' IINs and shares. Shares are fractions ("1/2"); blank rows are
 * skipped; an IIN must pass its check digit and appear once; the shares must make the whole
 * object. The first wrong field is named (`myShare`, `iin1`, `share1`, …).
 */
export function readOwners(
  applicant: string,
  myShare: string,
  others: readonly { readonly iin: string; readonly share: string }[],
  isIin: (text: string) => boolean,
): OwnersReading {
  const fraction = (text: string) => {
    const m = SHARE.exec(text.replace(/\s+/g, ''));
    return m && Number(m[1]) <= Number(m[2]) ? { text: `${m[1]}/${m[2]}`, value: Number(m[1]) / Number(m[2]) } : null;
  };
  const mine = fraction(myShare);
  if (!mine) return { ok: false, field: 'myShare', problem: 'share' };
  const owners = [{ iin: applicant, share: mine.text }];
  let total = mine.value;
  for (const [index, row] of others.entries()) {
    const iin = row.iin.replace(/\s+/g, '');
    if (iin === '' && row.share.trim() === '') continue;
    const n = index + 1;
    if (!isIin(iin)) return { ok: false, field: `iin${n}`, problem: 'iin' };
    if (owners.some((o) => o.iin === iin)) return { ok: false, field: `iin${n}`, problem: 'duplicate' };
    const share = fraction(row.share);
    if (!share) return { ok: false, field: `share${n}`, problem: 'share' };
    owners.push({ iin, share: share.text });
    total += share.value;
  }
  if (Math.abs(total - 1) > 1e-9) return { ok: false, field: 'myShare', problem: 'total' };
  return { ok: true, owners };
}

/**
 * The address of a new object in the address register's form (address-parts.ts): "Астана қ.,
 * Жаңа көше, 1-үй, 61-пәтер" — the place, the street, the house and, for premises, the flat.
 */
export function registerAddress(place: string, street: string, house: string, flat: string | null): string {
  return [place, street, `${Number(house)}-үй`, ...(flat ? [`${Number(flat)}-пәтер`] : [])]
    .filter((part) => part !== '')
    .join(', ');
}
