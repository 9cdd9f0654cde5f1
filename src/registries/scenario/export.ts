// Builds a scenario file for one application from the registries: the people within three steps
// of kinship (parent, child, spouse) of the applicant, the owners and the representative, with
// the acts between them, the dwelling and who is registered there. Enough for every P5 check
// (siblings through parents, grandparents, in-laws through spouses) to run from the file alone.
import type { IsoDate } from '../../domain/dates.ts';
import type { BirthAct, MarriageAct, Person } from '../../domain/registry-facts.ts';
import { AppError } from '../../errors.ts';
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

const KINSHIP_DEPTH = 3;

export async function exportScenario(registries: Registries, request: ExportRequest): Promise<ScenarioInput> {
  const dwelling = await registries.realEstate.dwelling(request.rka);
  if (!dwelling) throw new AppError('scenario-not-found', { what: 'RKA' });
  if (!(await registries.persons.person(request.applicant))) throw new AppError('scenario-not-found', { what: 'IIN' });
  const owner = request.owner ?? dwelling.owners[0]?.iin;
  const roots = [
    request.applicant,
    ...dwelling.owners.map((o) => o.iin),
    request.representative,
    ...(request.members ?? []),
  ];

  const births = new Map<string, BirthAct>();
  const marriages = new Map<string, MarriageAct>();
  const closure = new Set<string>();
  let frontier = [...new Set(roots.filter((x): x is string => x !== undefined))];
  for (let depth = 0; depth <= KINSHIP_DEPTH && frontier.length > 0; depth++) {
    for (const iin of frontier) closure.add(iin);
    const next: string[] = [];
    for (const iin of frontier) {
      const [own, asParent, married] = await Promise.all([
        registries.civil.birthActOf(iin),
        registries.civil.birthActsAsParent(iin),
        registries.civil.marriagesOf(iin),
      ]);
      for (const act of [...(own ? [own] : []), ...asParent]) {
        births.set(act.child, act);
        for (const x of [act.child, act.mother, act.father]) if (x && !closure.has(x)) next.push(x);
      }
      for (const m of married) {
        marriages.set(`${m.spouses[0]}|${m.spouses[1]}|${m.date}`, m);
        for (const x of m.spouses) if (!closure.has(x)) next.push(x);
      }
    }
    frontier = [...new Set(next)];
  }
  // Acts reach one step past the closure; those people are listed too, so no reference dangles.
  const registered = await registries.registrations.activeAt(request.rka, request.date);
  const applicantHere = (await registries.registrations.ofPerson(request.applicant)).filter(
    (r) => r.rka === request.rka,
  );
  const registrations = [
    ...new Map([...registered, ...applicantHere].map((r) => [`${r.iin}|${r.kind}|${r.from}`, r])).values(),
  ];
  const guardianships = (
    await Promise.all([
      ...dwelling.owners.map((o) => registries.guardianships.guardiansOf(o.iin, request.date)),
      ...(request.representative ? [registries.guardianships.wardsOf(request.representative, request.date)] : []),
    ])
  ).flat();
  const students = [request.applicant, ...(request.members ?? [])];
  const education = (await Promise.all(students.map((s) => registries.education.enrolmentsOn(s, request.date)))).flat();

  const wanted = new Set<string>(closure);
  for (const b of births.values()) for (const x of [b.child, b.mother, b.father]) if (x) wanted.add(x);
  for (const m of marriages.values()) for (const x of m.spouses) wanted.add(x);
  for (const r of registrations) wanted.add(r.iin);
  for (const g of guardianships) for (const x of [g.ward, g.guardian]) wanted.add(x);
  for (const o of dwelling.owners) wanted.add(o.iin);
  const persons: Person[] = await registries.persons.persons([...wanted]);
  const known = new Set(persons.map((p) => p.iin));

  const scenario: ScenarioInput = {
    date: request.date,
    persons: persons.map((p) => ({ ...p })),
    civilActs: [
      ...[...births.values()]
        .filter((b) => known.has(b.child))
        .sort((a, b) => (a.child < b.child ? -1 : 1))
        .map((b) => ({
          ...b,
          mother: b.mother && known.has(b.mother) ? b.mother : null,
          father: b.father && known.has(b.father) ? b.father : null,
        })),
      ...[...marriages.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    ],
    dwellings: [dwelling],
    registrations: registrations.map((r) => ({ ...r })),
    education: education.map((e) => ({ ...e })),
    guardianships: guardianships.map((g) => ({ ...g })),
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
