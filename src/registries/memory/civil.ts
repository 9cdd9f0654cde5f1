// ЗАГС in memory: the acts of a dataset, read as the CivilRegistry port and restored into (S7)
// as the CivilRecordWrites port. A write re-indexes the acts, so the next read sees it — the same
// contract as the SQL registry (test/registries/civil-writes.test.ts runs one suite over both).
import {
  type RestorableAct,
  type Restoration,
  type RestorationRecord,
  sameAct,
  subjectsOf,
} from '../../domain/civil-records/restoration.ts';
import { dateInAstana } from '../../domain/dates.ts';
import { type FactIndex, indexFacts } from '../../domain/fact-index.ts';
import { type CivilAct, compareMarriages } from '../../domain/registry-facts.ts';
import type { CivilRecordWrites, CivilRegistry, RestoreOutcome } from '../ports.ts';

export interface MemoryCivilStore {
  registry: CivilRegistry;
  writes: CivilRecordWrites;
}

const indexActs = (acts: readonly CivilAct[]): FactIndex =>
  indexFacts({
    persons: [],
    civilActs: [...acts],
    dwellings: [],
    registrations: [],
    education: [],
    guardianships: [],
    phones: [],
  });

/** `indexed`: the acts already indexed (createMemoryRegistries has them), to spare a second pass. */
export function memoryCivilStore(initial: readonly CivilAct[], indexed?: FactIndex): MemoryCivilStore {
  const acts: CivilAct[] = [...initial];
  const restorations: Restoration[] = [];
  let facts = indexed ?? indexActs(acts);
  const registry: CivilRegistry = {
    birthActOf: async (child) => facts.birthActOf(child),
    birthActsAsParent: async (parent) => facts.birthActsAsParent(parent),
    marriagesOf: async (iin) => facts.marriagesOf(iin),
    deathActOf: async (iin) => facts.deathActOf(iin),
    nameChangesOf: async (iin) => facts.nameChangesOf(iin),
    birthActsOfChildren: async (children) =>
      [...new Set(children)].flatMap((c) => facts.birthActOf(c) ?? []).sort((a, b) => (a.child < b.child ? -1 : 1)),
    birthActsOfParents: async (parents) =>
      [
        ...new Map([...new Set(parents)].flatMap((p) => facts.birthActsAsParent(p)).map((b) => [b.child, b])).values(),
      ].sort((a, b) => (a.child < b.child ? -1 : 1)),
    marriagesOfAny: async (iins) =>
      [...new Set([...new Set(iins)].flatMap((i) => facts.marriagesOf(i)))].sort(compareMarriages),
    async familyActsOfAny(iins) {
      const [own, asParent, marriages] = await Promise.all([
        registry.birthActsOfChildren(iins),
        registry.birthActsOfParents(iins),
        registry.marriagesOfAny(iins),
      ]);
      const births = new Map([...own, ...asParent].map((b) => [b.child, b]));
      return { births: [...births.values()].sort((a, b) => (a.child < b.child ? -1 : 1)), marriages };
    },
    deathActsOf: async (iins) =>
      [...new Set(iins)].flatMap((i) => facts.deathActOf(i) ?? []).sort((a, b) => (a.person < b.person ? -1 : 1)),
  };
  const writes: CivilRecordWrites = {
    async restore(act: RestorableAct, record: RestorationRecord): Promise<RestoreOutcome> {
      const held = act.type === 'birth' ? acts : acts.filter((a) => a.type === 'marriage');
      if (held.some((a) => (a.type === 'birth' || a.type === 'marriage') && sameAct(a, act)))
        return { kind: 'act-exists' };
      acts.push(structuredClone(act));
      facts = indexActs(acts);
      const restoration: Restoration = {
        ...structuredClone(record),
        id: restorations.length + 1,
        act: structuredClone(act),
        restoredOn: dateInAstana(record.restoredAt),
      };
      restorations.push(restoration);
      return { kind: 'restored', restoration: structuredClone(restoration) };
    },
    restorationsOf: async (iin) =>
      restorations.filter((r) => subjectsOf(r.act).includes(iin)).map((r) => structuredClone(r)),
  };
  return { registry, writes };
}
