// The family of ../shared/spec/examples (every example shares its registries; only the
// application differs): four generations, a dissolved marriage, half-siblings on both sides, a
// minor owner, an incapable owner with a guardian, students. Rule tests reuse it.
import type { RulesetSuccession } from '../../src/domain/ruleset-succession.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Decision } from '../../src/domain/decision/types.ts';
import { createMemoryRegistries } from '../../src/registries/memory/index.ts';
import { parseScenarioValue } from '../../src/registries/scenario/read.ts';
import type { ScenarioInput } from '../../src/registries/scenario/schema.ts';
import { decideApplication } from '../../src/services/decide-application.ts';

export const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'shared', 'spec', 'examples');

/** The people, by the name the tests call them. */
export const P = {
  askar: '300302310011', // deceased 2001, Bekzat's father
  kulan: '340411410028', // Bekzat's mother
  nurlan: '320120310036', // Gulnar's father
  sara: '360909410049', // Gulnar's mother
  bekzat: '580214310052',
  gulnar: '600630410064', // owns D7
  erlan: '571111310070', // Arman's father
  marina: '621201410088', // Alina's mother
  aigerim: '850517410090', // owns D1, D2, D4, AL, half of D5
  dauren: '830808310101', // Aigerim's full brother
  arman: '901010310111', // Aigerim's half-brother through the mother
  alina: '920303410121', // Aigerim's half-sister through the father
  zhanar: '860404410137', // Dauren's wife
  timur: '840707310144', // Aigerim's husband since 2004
  serik: '550505310155', // Timur's father
  roza: '570727410162', // Timur's mother
  dana: '880202410172', // Timur's sister
  olzhas: '800101310182', // Aigerim's husband 2002–2003; no father in his birth act
  bibigul: '500303410194', // Olzhas's mother
  alikhan: '050115510202', // Aigerim and Timur's son, married
  aruzhan: '040202610212', // Alikhan's wife
  amina: '120901610227', // Aigerim and Timur's daughter, 13
  viktor: '791212310233', // owns D3 and D6
  saltanat: '950505410244', // stranger, temporary at D3
  meruert: '060404610251', // full-time student in Astana
  daniyar: '050505510262', // part-time student in Astana
  ilyas: '060606510273', // full-time student in Almaty
  zarina: '010101610285', // studied in Astana until 2023
  erasyl: '101010510296', // Aigerim and Timur's son, 15: owns MD, half of D5
  bauyrzhan: '700707310304', // legally incapable, owns ID
  gulmira: '680808410313', // Bauyrzhan's guardian
  nurlanA: '910101310323', // registered at D2
  olga: '930303410331', // registered at D2
  kairat: '500101310348', // deceased 2020
} as const;

const RKA = (n: number) => `020100400000000${n}`;
/** Dwellings: D1 45 m² (3 registered, norm reached), D2 30 m² (2, reached), D3 30 m² (1 + 1 temporary),
 * D4 90 m² (1), D5 60 m² (Aigerim and minor Erasyl), AL (Almaty), MD (minor Erasyl), ID
 * (incapable Bauyrzhan), D6 15 m² (none active), D7 30 m² (Gulnar; 2, reached). */
export const D = {
  D1: RKA(0),
  D2: RKA(1),
  D3: RKA(2),
  D4: RKA(3),
  D5: RKA(4),
  AL: RKA(5),
  MD: RKA(6),
  ID: RKA(7),
  D6: RKA(8),
  D7: RKA(9),
} as const;

export type Application = ScenarioInput['application'];

export function family(): ScenarioInput {
  const raw = JSON.parse(readFileSync(join(EXAMPLES, 'err-not-owner.json'), 'utf8')) as ScenarioInput;
  delete (raw as Partial<ScenarioInput>).application;
  return raw;
}

export function scenario(
  application: Partial<Application> & Pick<Application, 'applicant' | 'rka'>,
  change?: (s: ScenarioInput) => void,
): ScenarioInput {
  const s: ScenarioInput = {
    ...family(),
    application: { service: 'permanent' as const, channel: 'online' as const, ...application },
  };
  change?.(s);
  return s;
}

export async function decideScenario(
  input: ScenarioInput,
  successions: readonly RulesetSuccession[] = [],
): Promise<Decision> {
  const parsed = parseScenarioValue(input);
  return decideApplication(createMemoryRegistries(parsed.data), {
    date: parsed.date,
    ruleset: parsed.ruleset,
    config: parsed.config,
    successions,
    application: parsed.application,
  });
}

export async function decideFor(
  application: Partial<Application> & Pick<Application, 'applicant' | 'rka'>,
  change?: (s: ScenarioInput) => void,
  successions: readonly RulesetSuccession[] = [],
) {
  return decideScenario(scenario(application, change), successions);
}

/** Adds a dwelling in Astana owned by the given owners, with `registered` strangers in it. */
export function addDwelling(
  s: ScenarioInput,
  rka: string,
  owners: string[],
  area: number,
  registered: string[] = [],
  city = 'astana',
) {
  s.dwellings!.push({
    rka,
    city,
    address: `Test street ${rka.slice(-2)}`,
    area,
    owners: owners.map((iin) => ({ iin, share: `1/${owners.length}` })),
    stateRental: false,
  });
  for (const iin of registered) s.registrations!.push({ iin, rka, kind: 'permanent', from: '2020-01-01', to: null });
}
