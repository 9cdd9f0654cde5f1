// Gathers, through the registry ports, every fact the rules may read for one application: the
// acts of everyone within two steps of kinship (parent, child, spouse) of the applicant, the
// owners, the representative and the members, with the people those acts name, the dwelling,
// who is registered there on the date, enrolments and guardianships. The result is a
// self-contained dataset: every person an act names is in it.
//
// Why two steps suffice: every relation the rules check joins two of those people by at most
// three acts (the longest, I1: owner – spouse – child – grandchild), and the search starts from
// both ends, so each link is within two steps of one of them. test/domain/kinship.test.ts proves
// it against the whole population; one step fewer fails there.
import type { IsoDate } from '../domain/dates.ts';
import { type BirthAct, compareMarriages, type MarriageAct, type RegistryDataset } from '../domain/registry-facts.ts';
import type { Registries } from './ports.ts';

export interface FactRequest {
  date: IsoDate;
  rka: string;
  /** Applicant, named owner, representative, members: whoever the application names. */
  people: readonly string[];
}

/** Steps of kinship expanded beyond the people named (0 = their own acts only). */
export const KINSHIP_DEPTH = 1;

/**
 * A read started before its answer is awaited: its failure is handled where it is awaited, not
 * reported meanwhile as an unhandled rejection (which would stop the process).
 */
function started<T>(read: Promise<T>): Promise<T> {
  read.catch(() => {});
  return read;
}

export async function loadFacts(registries: Registries, request: FactRequest): Promise<RegistryDataset> {
  // Issue 20 (latency on 20.5M): the reads that do not depend on the kinship steps run beside
  // them rather than after them — enrolments need only the people named, registrations and
  // guardianships the dwelling and its owners — so a decision waits for the longest chain of
  // reads (dwelling, two kinship steps, persons), not for their sum. The same reads as before.
  const enrolments = started(registries.education.enrolmentsOfAnyOn([...new Set(request.people)], request.date));
  const dwelling = await registries.realEstate.dwelling(request.rka);
  const roots = [...new Set([...request.people, ...(dwelling?.owners.map((o) => o.iin) ?? [])])];
  const registered = started(
    dwelling ? registries.registrations.activeAt(request.rka, request.date) : Promise.resolve([]),
  );
  const guardians = started(registries.guardianships.guardiansOfAny(roots, request.date));

  const births = new Map<string, BirthAct>();
  const marriages = new Map<string, MarriageAct>();
  const closure = new Set<string>();
  let frontier = roots;
  for (let depth = 0; depth <= KINSHIP_DEPTH && frontier.length > 0; depth++) {
    for (const iin of frontier) closure.add(iin);
    // One round trip for the whole step, whatever the size of the family (issue 20).
    const { births: named, marriages: married } = await registries.civil.familyActsOfAny(frontier);
    const next = new Set<string>();
    for (const act of named) {
      births.set(act.child, act);
      for (const x of [act.child, act.mother, act.father]) if (x && !closure.has(x)) next.add(x);
    }
    for (const m of married) {
      marriages.set(`${m.spouses[0]}|${m.spouses[1]}|${m.date}`, m);
      for (const x of m.spouses) if (!closure.has(x)) next.add(x);
    }
    frontier = [...next];
  }

  // One round trip each for everyone, as for the acts above (started before the kinship steps).
  const [registrations, guardianships, education] = await Promise.all([registered, guardians, enrolments]);

  // Acts reach one step past the closure; those people are listed too, so nothing dangles.
  const wanted = new Set<string>(closure);
  for (const b of births.values()) for (const x of [b.child, b.mother, b.father]) if (x) wanted.add(x);
  for (const m of marriages.values()) for (const x of m.spouses) wanted.add(x);
  for (const r of registrations) wanted.add(r.iin);
  for (const g of guardianships) for (const x of [g.ward, g.guardian]) wanted.add(x);
  const persons = await registries.persons.persons([...wanted]);
  const known = new Set(persons.map((p) => p.iin));
  const deaths = await registries.civil.deathActsOf(persons.filter((p) => p.deathDate !== null).map((p) => p.iin));

  const guardianKey = (g: { ward: string; guardian: string; from: string }) => `${g.ward}|${g.guardian}|${g.from}`;
  return {
    persons,
    civilActs: [
      ...[...births.values()]
        .filter((b) => known.has(b.child))
        .sort((a, b) => (a.child < b.child ? -1 : 1))
        .map((b) => ({
          ...b,
          mother: b.mother && known.has(b.mother) ? b.mother : null,
          father: b.father && known.has(b.father) ? b.father : null,
        })),
      ...[...marriages.values()].sort(compareMarriages),
      ...deaths,
    ],
    dwellings: dwelling ? [dwelling] : [],
    registrations,
    education,
    guardianships: [...new Map(guardianships.map((g) => [guardianKey(g), g])).values()],
    phones: [],
  };
}
