// Issue 19: the spec family with three organisations in ГБД ЮЛ, for the S6/S8 tests — one headed
// by Aigerim at her Astana flat (D1), one headed by Timur at the Almaty flat (AL), one closed.
import { type Bin, composeBin } from '../../src/domain/bin.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import type { Iin } from '../../src/domain/iin.ts';
import type { LegalEntity } from '../../src/domain/legal-entity.ts';
import type { PowerOfAttorney } from '../../src/domain/applicants/power-of-attorney.ts';
import type { RegistryDataset } from '../../src/domain/registry-facts.ts';
import { D, P } from './family.ts';
import { familyDataset } from './service.ts';
import type { Database } from '../../src/db/database.ts';
import { applyCaseEvent } from '../../src/services/cases/apply.ts';
import { COMMITTEE_OFFICE } from '../../src/services/licences/file-licence.ts';

function bin(serial: number): Bin {
  for (let s = serial; ; s++) {
    const made = composeBin({ year: 2015, month: 3, entityType: 'resident', attribute: 'head-office', serial: s });
    if (made) return made;
  }
}

export const ORG = { altyn: bin(101), dala: bin(202), closed: bin(303) } as const;

const entity = (
  b: Bin,
  head: string,
  rka: string | null,
  status: LegalEntity['status'] = { kind: 'active' },
): LegalEntity => ({
  bin: b,
  name: { kk: '«Алтын Агро» ЖШС', ru: 'ТОО «Алтын Агро»' },
  legalForm: 'llp',
  registeredOn: '2015-03-02' as IsoDate,
  status,
  head: head as Iin,
  address: { text: 'Астана', rka },
});

export function licenceDataset(): RegistryDataset {
  return {
    ...familyDataset(),
    legalEntities: [
      entity(ORG.altyn, P.aigerim, D.D1),
      { ...entity(ORG.dala, P.timur, D.AL), name: { kk: '«Дала» ЖШС', ru: 'ТОО «Дала»' } },
      entity(ORG.closed, P.viktor, null, { kind: 'liquidated', on: '2024-01-01' as IsoDate }),
    ],
  };
}

/** A power of attorney from the head of `org` to `representative` for the services named. */
export function poa(
  org: Bin,
  head: string,
  representative: string,
  o: Partial<Pick<PowerOfAttorney, 'issuedOn' | 'validUntil' | 'notary' | 'scope'>> = {},
): PowerOfAttorney {
  return {
    number: 'PoA-17',
    issuedOn: o.issuedOn ?? ('2026-01-10' as IsoDate),
    validUntil: o.validUntil ?? ('2026-12-31' as IsoDate),
    issuer: head as Iin,
    notary: o.notary === undefined ? null : o.notary,
    represented: { kind: 'legal', bin: org },
    representative: representative as Iin,
    scope: o.scope ?? { kind: 'services', services: ['S6', 'S8'] },
  };
}

/** The committee reviews (executor) and signs (management): the case is issued (test shortcut). */
export async function issueByCommittee(database: Database, caseId: string, now: Date): Promise<void> {
  for (const [step, role] of [
    ['review', 'executor'],
    ['sign', 'management'],
  ] as const)
    await applyCaseEvent(
      database,
      {
        caseId,
        event: { kind: 'complete-step', step, actor: { kind: 'staff', iin: P.nurlan, role, office: COMMITTEE_OFFICE } },
      },
      now,
    );
}
