// КҚПД's wanted-persons database in memory: the same answers as sql/wanted-persons.ts
// (test/registries/wanted-persons.test.ts runs one suite over both).
import type { IsoDate } from '../../domain/dates.ts';
import type { WantedEntry } from '../../domain/registry-facts.ts';
import type { WantedAnswer, WantedPersonsRegistry } from '../ports.ts';

export function memoryWantedPersons(entries: readonly WantedEntry[]): WantedPersonsRegistry {
  const byIin = new Map<string, WantedEntry[]>();
  for (const e of entries) byIin.set(e.iin, [...(byIin.get(e.iin) ?? []), e]);
  // The earliest entry in force first, as the SQL registry orders them (then insertion order).
  for (const list of byIin.values()) list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return {
    async check(iin: string, date: IsoDate): Promise<WantedAnswer> {
      const entry = (byIin.get(iin) ?? []).find((e) => e.from <= date && (e.to === null || e.to >= date));
      return entry ? { outcome: 'wanted', entry: { ...entry } } : { outcome: 'clear' };
    },
  };
}
