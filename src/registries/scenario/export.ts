// Writes a scenario file for one application from the registries, so that a case found in the
// registries can be replayed with `tirkeu decide`. The facts are what the rules would load.
import type { IsoDate } from '../../domain/dates.ts';
import { AppError } from '../../errors.ts';
import { loadFacts } from '../fact-loader.ts';
import type { Registries } from '../ports.ts';
import { parseScenarioValue } from './read.ts';
import type { ScenarioInput } from './schema.ts';

export interface ExportRequest {
  date: IsoDate;
  applicant: string;
  rka: string;
  owner?: string;
  representative?: string;
  members?: string[];
  service: 'permanent' | 'temporary';
  channel: 'online' | 'reception' | 'hall';
  relation?: ScenarioInput['application']['relation'];
  period?: { from: IsoDate; to: IsoDate };
}

export async function exportScenario(registries: Registries, request: ExportRequest): Promise<ScenarioInput> {
  const dwelling = await registries.realEstate.dwelling(request.rka);
  if (!dwelling) throw new AppError('scenario-not-found', { what: 'RKA' });
  if (!(await registries.persons.person(request.applicant))) throw new AppError('scenario-not-found', { what: 'IIN' });
  const owner = request.owner ?? dwelling.owners[0]?.iin;
  const named = [request.applicant, owner, request.representative, ...(request.members ?? [])];
  const data = await loadFacts(registries, {
    date: request.date,
    rka: request.rka,
    people: named.filter((x): x is string => x !== undefined),
  });
  const scenario: ScenarioInput = {
    date: request.date,
    persons: data.persons.map((p) => ({ ...p })),
    civilActs: data.civilActs.map((a) => ({ ...a })),
    dwellings: data.dwellings,
    registrations: data.registrations.map((r) => ({ ...r })),
    education: data.education.map((e) => ({ ...e })),
    guardianships: data.guardianships.map((g) => ({ ...g })),
    application: {
      service: request.service,
      channel: request.channel,
      applicant: request.applicant,
      rka: request.rka,
      ...(owner ? { owner } : {}),
      ...(request.representative ? { representative: request.representative } : {}),
      ...(request.relation ? { relation: request.relation } : {}),
      ...(request.members?.length ? { members: request.members } : {}),
      ...(request.period ? { period: request.period } : {}),
    },
  };
  // The file must read back exactly as `decide` will read it.
  parseScenarioValue(scenario);
  return scenario;
}
