// The synthetic population: deterministic from a seed, generated in chunks of families so that
// memory stays bounded at any size and a chunk can be written in one transaction. Chunks must be
// generated in order (IIN serials are allocated across chunks); resuming replays earlier chunks
// without writing them.
import { addDays, addYears, isoDate } from '../domain/dates.ts';
import type { CivilAct, Person, PhoneBinding, RegistryDataset } from '../domain/registry-facts.ts';
import { AS_OF, type ChunkState, dateBetween, isAliveOn } from './chunk-state.ts';
import { growClan } from './families.ts';
import { settle } from './households.ts';
import { BinAllocator } from './bin-allocator.ts';
import { IinAllocator } from './iin-allocator.ts';
import { foundLegalEntities } from './legal-entities.ts';
import { fullName } from './names.ts';
import { mixSeed, Random } from './random.ts';
import { markWanted } from './wanted.ts';

/** Bump when the output for a given seed changes: a resume across versions is refused. */
export const GENERATOR_VERSION = 2; // 2: legal entities (ГБД ЮЛ, issue 19) and wanted persons (КҚПД, issue 18)
export const DEFAULT_CHUNK_SIZE = 10_000;
export { MAX_PERSONS, MIN_PERSONS } from './limits.ts';
export { AS_OF };

export interface GeneratorOptions {
  seed: bigint;
  persons: number;
  chunkSize?: number;
}

/** Mixed into the seed for the legal entities' random stream. */
const LEGAL_ENTITY_STREAM = 0x4c45_4741_4c00n;

const PHONE_PREFIXES = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'];

/** A phone number unique to a person's global sequence number (a bijection on 10^7 per prefix). */
export function phoneFor(sequence: number): string {
  const prefix = PHONE_PREFIXES[sequence % PHONE_PREFIXES.length]!;
  const n = Math.floor(sequence / PHONE_PREFIXES.length);
  const scrambled = Number((BigInt(n) * 7_654_321n + 1_234_567n) % 10_000_000n);
  return `+7${prefix}${String(scrambled).padStart(7, '0')}`;
}

export function chunkCount(persons: number, chunkSize: number): number {
  return Math.ceil(persons / chunkSize);
}

export class PopulationGenerator {
  readonly seed: bigint;
  readonly persons: number;
  readonly chunkSize: number;
  readonly chunkCount: number;
  private readonly iins = new IinAllocator();
  private readonly bins = new BinAllocator();
  private nextChunk = 0;

  constructor(options: GeneratorOptions) {
    this.seed = options.seed;
    this.persons = options.persons;
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    this.chunkCount = chunkCount(this.persons, this.chunkSize);
  }

  /** Persons in chunk `index` (the last one may be smaller). */
  chunkPersons(index: number): number {
    return Math.min(this.chunkSize, this.persons - index * this.chunkSize);
  }

  /** Generates the next chunk; chunks come in order 0, 1, 2, … */
  next(): RegistryDataset {
    const index = this.nextChunk++;
    if (index >= this.chunkCount) throw new RangeError('population fully generated');
    const state: ChunkState = {
      index,
      random: new Random(mixSeed(this.seed, index)),
      iins: this.iins,
      budget: this.chunkPersons(index),
      persons: [],
      marriages: [],
      nameChanges: [],
    };
    while (state.budget > 0) growClan(state);
    const data = toDataset(state, index * this.chunkSize);
    // Their own stream (issue 19): the entities change nothing else a seed generated before them.
    const random = new Random(mixSeed(this.seed ^ LEGAL_ENTITY_STREAM, index));
    data.legalEntities = foundLegalEntities({ ...data, random, bins: this.bins });
    return data;
  }

  /** Skips chunks already written (a resumed seed): same IIN allocation, nothing returned. */
  skip(chunks: number): void {
    for (let i = 0; i < chunks; i++) this.next();
  }

  /** The whole population in memory: for tests and small scenarios only. */
  static generateAll(options: GeneratorOptions): RegistryDataset {
    const generator = new PopulationGenerator(options);
    const all: RegistryDataset = {
      persons: [],
      civilActs: [],
      dwellings: [],
      registrations: [],
      education: [],
      guardianships: [],
      phones: [],
      legalEntities: [],
      wanted: [],
    };
    for (let i = 0; i < generator.chunkCount; i++) {
      const chunk = generator.next();
      for (const key of Object.keys(all) as (keyof RegistryDataset)[])
        (all[key] as unknown[]).push(...(chunk[key] ?? []));
    }
    return all;
  }
}

function toDataset(state: ChunkState, firstSequence: number): RegistryDataset {
  const housing = settle(state);
  const { persons: drafts, random } = state;
  const persons: Person[] = drafts.map((p) => ({
    iin: p.iin,
    name: fullName(p),
    birthDate: p.birth,
    sex: p.sex,
    deathDate: p.death,
    incapable: p.incapable,
  }));
  const civilActs: CivilAct[] = [];
  for (const p of drafts) {
    if (p.mother >= 0 || p.father >= 0 || random.chance(0.9)) {
      // Acts registered before 2008 are sometimes late by weeks; the registration date matters
      // for address certificates (children's acts from 13 Aug 2007).
      const late = dateBetween(random, p.birth, addDays(p.birth, 30));
      civilActs.push({
        type: 'birth',
        child: p.iin,
        mother: p.mother >= 0 ? drafts[p.mother]!.iin : null,
        father: p.father >= 0 ? drafts[p.father]!.iin : null,
        registered: late > AS_OF ? p.birth : late,
      });
    }
    if (p.death) civilActs.push({ type: 'death', person: p.iin, date: p.death });
  }
  for (const m of state.marriages) {
    civilActs.push({
      type: 'marriage',
      spouses: [drafts[m.husband]!.iin, drafts[m.wife]!.iin],
      date: m.date,
      dissolved: m.dissolved,
    });
  }
  for (const n of state.nameChanges) {
    civilActs.push({
      type: 'name-change',
      person: drafts[n.person]!.iin,
      previousName: n.previousName,
      newName: n.newName,
      date: n.date,
    });
  }
  const phones: PhoneBinding[] = [];
  for (const p of drafts) {
    const sixteen = addYears(p.birth, 16);
    if (!isAliveOn(p, AS_OF) || sixteen > AS_OF || !random.chance(0.92)) continue;
    const from = sixteen > '2018-01-01' ? sixteen : isoDate(2018, 1, 1);
    phones.push({
      iin: p.iin,
      phone: phoneFor(firstSequence + p.idx),
      boundAt: dateBetween(random, from, AS_OF),
    });
  }
  // КҚПД: a few persons marked wanted, by a fixed rule that draws nothing from `random` (wanted.ts).
  const wanted = markWanted(drafts, phones, housing.dwellings, firstSequence);
  return { persons, civilActs, ...housing, phones, wanted };
}
