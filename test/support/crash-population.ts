// The people of the crash harness (issue 16): pairs of an Astana flat's only owner and a newcomer
// who registers there, each with a БМГ phone. The flats are roomy (150 m², nobody registered),
// so every application passes the checks on the norm (P4.3) and needs the owner's consent (P7).
import { composeIin } from '../../src/domain/iin.ts';
import { DEMO_NEWCOMER_ROWS } from '../../src/population/demo-people.ts';
import type { RegistryDataset } from '../../src/domain/registry-facts.ts';
import { parseScenarioValue } from '../../src/registries/scenario/read.ts';

export interface CrashPair {
  owner: { iin: string; phone: string };
  newcomer: { iin: string; phone: string };
  rka: string;
}

export function crashPopulation(pairs: number): { data: RegistryDataset; pairs: CrashPair[] } {
  const people: { iin: string; name: string; birthDate: string; sex: 'M' | 'F' }[] = [];
  const made: CrashPair[] = [];
  const nextSerial = new Map<string, number>();
  const person = (birthDate: string, sex: 'M' | 'F', first: number, name: string) => {
    // Some serials have no valid check digit (owner serial 1039, say): the next free one is used.
    let serial = Math.max(first, nextSerial.get(birthDate) ?? first);
    let iin = composeIin(birthDate, sex, serial);
    while (!iin) iin = composeIin(birthDate, sex, ++serial);
    nextSerial.set(birthDate, serial + 1);
    people.push({ iin, name, birthDate, sex });
    return { iin, phone: `+7702${String(people.length).padStart(7, '0')}` };
  };
  // Development start takes the first newcomers by IIN for its demo and makes most of them staff
  // (ЦОН, analyst, back office): these, born earlier, are the ones it picks, so no citizen of the
  // harness becomes staff — a staff login is not a citizen's (found when the demo grew staff).
  const decoys = Array.from({ length: DEMO_NEWCOMER_ROWS }, (_, i) => person('1950-01-01', 'M', 3000 + i, `Демо ${i}`));
  for (let i = 0; i < pairs; i++) {
    made.push({
      owner: person('1970-03-15', 'F', 1000 + i, `Иелері ${i}`),
      newcomer: person('1990-06-20', 'M', 2000 + i, `Келуші ${i}`),
      rka: `0301000000${String(100_000 + i).padStart(6, '0')}`,
    });
  }
  const input = {
    date: '2025-12-01',
    persons: people.map((p) => ({ ...p, deathDate: null, incapable: false })),
    civilActs: [],
    dwellings: made.map((p, i) => ({
      rka: p.rka,
      city: 'astana',
      address: `Сынақ көшесі ${i + 1}`,
      area: 150,
      owners: [{ iin: p.owner.iin, share: '1/1' }],
      stateRental: false,
    })),
    registrations: made.map((p) => ({ iin: p.owner.iin, rka: p.rka, kind: 'permanent', from: '2015-01-01', to: null })),
    education: [],
    guardianships: [],
    phones: [
      ...decoys.map((d) => ({ ...d, boundAt: '2020-01-01' })),
      ...made.flatMap((p) => [
        { iin: p.owner.iin, phone: p.owner.phone, boundAt: '2020-01-01' },
        { iin: p.newcomer.iin, phone: p.newcomer.phone, boundAt: '2020-01-01' },
      ]),
    ],
    application: { service: 'permanent', channel: 'online', applicant: made[0]!.newcomer.iin, rka: made[0]!.rka },
  };
  return { data: parseScenarioValue(input).data, pairs: made };
}
