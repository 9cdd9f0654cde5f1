// КҚПД's wanted-persons database in a generated population (S1, 002 R1 App1 st.6): one person in
// a thousand of each chunk, chosen by a fixed rule — no random draw, so nothing else the seed
// gives changes. Only people the demo can never pick are marked (demo-people.ts): living adults
// with no БМГ phone (every demo login needs one), who own no dwelling (the owners and minor
// owners of the demo) and are no one's parent (the minor owner's parent).
import { addDays } from '../domain/dates.ts';
import type { Dwelling, PhoneBinding, WantedEntry } from '../domain/registry-facts.ts';
import { AS_OF, type DraftPerson, isAliveOn } from './chunk-state.ts';

/** Persons per wanted person in each chunk (a chunk smaller than this has none). */
export const PERSONS_PER_WANTED = 1000;
export const WANTED_INITIATOR = 'Migration Police Department (generated)';

export function markWanted(
  drafts: readonly DraftPerson[],
  phones: readonly PhoneBinding[],
  dwellings: readonly Dwelling[],
  firstSequence: number,
): WantedEntry[] {
  const count = Math.floor(drafts.length / PERSONS_PER_WANTED);
  if (count === 0) return [];
  const withPhone = new Set(phones.map((p) => p.iin));
  const owners = new Set(dwellings.flatMap((d) => d.owners.map((o) => o.iin)));
  const adultOn = addDays(AS_OF, -18 * 366);
  const eligible = drafts.filter(
    (p) =>
      isAliveOn(p, AS_OF) &&
      p.birth <= adultOn &&
      p.children.length === 0 &&
      !withPhone.has(p.iin) &&
      !owners.has(p.iin),
  );
  const chosen = Array.from(
    { length: Math.min(count, eligible.length) },
    (_, i) => eligible[Math.floor(((i + 0.5) * eligible.length) / Math.min(count, eligible.length))]!,
  );
  return chosen.map((p) => ({
    iin: p.iin,
    // Searches declared on different days within the last two years, open (still searched for).
    from: addDays(AS_OF, -(30 + (((firstSequence + p.idx) * 97) % 700))),
    to: null,
    initiator: WANTED_INITIATOR,
    reference: `search-${String(firstSequence + p.idx).padStart(9, '0')}`,
  }));
}
