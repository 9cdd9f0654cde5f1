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
