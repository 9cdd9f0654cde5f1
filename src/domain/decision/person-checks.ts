// F1, I8 (and I7 for members): every IIN an application names is valid, known to ГБД ФЛ and alive
// on the date. The three checks are defined once here; the caller orders them in the trace as
// scenario.md's "Order of checks" has it — the applicant's and the named owner's IINs all first,
// then both in ГБД ФЛ, the dwelling, then both alive; a member's three in a row.
import type { IsoDate } from '../dates.ts';
import type { FactView } from '../fact-index.ts';
import { parseIin } from '../iin.ts';
import { isDeadOn } from '../owners.ts';
import type { Person } from '../registry-facts.ts';
import { type Check, stop } from './verdict.ts';

export type PersonRole = 'applicant' | 'owner' | 'member';

export interface PersonChecks {
  /** The ГБД ФЛ record; null when there is none (`found` stops then). */
  person: Person | null;
  /** F1: the IIN as typed is valid. */
  valid: Check;
  /** I8: ГБД ФЛ holds the person. */
  found: Check;
  /** I8: alive on the date. Only meaningful once `found` passed. */
  alive: Check;
}

/**
 * The F1/I8 checks of one IIN in its role. `under` prefixes the clauses: `I7/` for a member, whom
 * I7 checks as the applicant is checked.
 */
export function personChecks(
  facts: Pick<FactView, 'person'>,
  date: IsoDate,
  role: PersonRole,
  iin: string,
  under: '' | 'I7/' = '',
): PersonChecks {
  const valid = parseIin(iin).ok;
  const person = facts.person(iin);
  const dead = person !== null && isDeadOn(person, date);
  return {
    person,
    valid: {
      clause: `${under}F1`,
      check: 'iin-valid',
      facts: { role, iin },
      result: valid ? 'valid' : 'invalid',
      stop: valid ? null : stop('error', 'invalid-iin', { role, iin }),
    },
    found: {
      clause: `${under}I8`,
      check: 'person-found',
      facts: { role, iin },
      result: person ? 'found' : 'not-found',
      stop: person ? null : stop('error', 'person-not-found', { role, iin }),
    },
    alive: {
      clause: `${under}I8`,
      check: 'alive',
      facts: { role, iin, deathDate: person?.deathDate ?? null },
      result: dead ? 'deceased' : 'alive',
      stop: dead ? stop('error', 'deceased', { role, name: person.name }) : null,
    },
  };
}
