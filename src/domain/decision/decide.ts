// The 2025 pilot algorithm (pilot.md P1–P7, N1–N3, I1–I8) as one pure function. The order of
// checks is scenario.md's "Order of checks"; every check appends a trace entry with its clause.
import { addDays, addMonths, ageOn, type IsoDate } from '../dates.ts';
import type { FactView } from '../fact-index.ts';
import { confirmedRelations, confirmRelation, relationLabel } from '../kinship.ts';
import { checkNorm } from '../norm.ts';
import { authorityOf, isDeadOn, livingOwners, type OwnerStatus, ownerStatus } from '../owners.ts';
import { arrivalCheck } from './arrival.ts';
import { personChecks } from './person-checks.ts';
import type { Dwelling, Person, Registration } from '../registry-facts.ts';
import type { ExtendedBy, Ruleset, RulesetParams } from '../rulesets.ts';
import type { Application, Decision, Explanation, Next, Notice } from './types.ts';
import { eligible, stop, Trace, type Verdict } from './verdict.ts';

export interface DecideInput {
  ruleset: Ruleset;
  /** Ruleset parameters with deployment overrides applied. */
  params: RulesetParams;
  /** Whether the date falls inside the ruleset's validity period (pilot.md §0). */
  inForce: boolean;
  /** The recorded legal act that extends the ruleset's period to the date, if that is why it is in force. */
  extendedBy?: ExtendedBy | undefined;
  facts: FactView;
  application: Application;
  date: IsoDate;
}

const NEXT: Record<string, Next> = {
  eligible: 'arrival-coupon',
  'route-hall': 'go-to-hall',
  'route-online': 'apply-online',
  'hall-not-applicable': 'apply-online',
  'no-kinship': 'update-civil-record',
};

/** scenario.md: from ≤ to, at least one month (to ≥ from + 1 month − 1 day), at most twelve. */
export function validTemporaryPeriod(period: { from: IsoDate; to: IsoDate } | undefined): boolean {
  if (!period || period.to < period.from) return false;
  return period.to >= addDays(addMonths(period.from, 1), -1) && period.to <= addDays(addMonths(period.from, 12), -1);
}

function judgeApplicant(input: DecideInput, trace: Trace): Verdict {
  const { facts, application: app, date, params } = input;
  const named = app.owner;

  // The F1/I8 checks of each IIN typed (person-checks.ts), run stage by stage below.
  const people = [
    personChecks(facts, date, 'applicant', app.applicant),
    ...(named === undefined ? [] : [personChecks(facts, date, 'owner', named)]),
  ];
  // 1. F1: the IINs as typed. 2. I8: known to ГБД ФЛ.
  for (const stage of ['valid', 'found'] as const) {
    for (const person of people) {
      const stopped = trace.run(person[stage]);
      if (stopped) return stopped;
    }
  }
  const applicant = people[0]!.person!;
  const owner = named === undefined ? null : people[1]!.person!;
  // 3. I8: the dwelling in ЕГКН and the address register.
  const dwelling = facts.dwelling(app.rka);
  trace.add(
    'I8',
    'dwelling-found',
    { rka: app.rka, city: dwelling?.city ?? null, address: dwelling?.address ?? null },
    dwelling ? 'found' : 'not-found',
  );
  if (!dwelling) return stop('error', 'address-not-found', { rka: app.rka });
  const ownerIins = dwelling.owners.map((o) => o.iin);
  // 4. I8: the named owner is an owner in ЕГКН.
  if (named !== undefined) {
    const isOwner = ownerIins.includes(named);
    trace.add('I8', 'named-owner-in-egkn', { owner: named, owners: ownerIins }, isOwner ? 'owner' : 'not-owner');
    if (!isOwner) return stop('error', 'not-an-owner', { owner: owner!.name, address: dwelling.address });
  }
  // 5. I8: alive on the date.
  for (const person of people) {
    const stopped = trace.run(person.alive);
    if (stopped) return stopped;
  }
  // 6. I8: not already registered at this dwelling.
  const active = facts.registrationsActiveAt(app.rka, date);
  const here = active.filter((r) => r.iin === app.applicant);
  trace.add(
    'I8',
    'not-registered-here',
    { rka: app.rka, registrations: here.map((r) => `${r.kind} ${r.from}…${r.to ?? ''}`) },
    here.length > 0 ? 'registered' : 'not-registered',
  );
  if (here.length > 0) return stop('error', 'already-registered', { address: dwelling.address, kind: here[0]!.kind });
  // 7. F4: a temporary registration lasts one to twelve months.
  if (app.service === 'temporary') {
    const ok = validTemporaryPeriod(app.period);
    trace.add(
      'F4',
      'temporary-period',
      { from: app.period?.from ?? null, to: app.period?.to ?? null },
      ok ? 'valid' : 'invalid',
    );
    if (!ok) return stop('error', 'invalid-period');
  }
  // 8. P1–P3: the channel. I4: any minor or incapable owner sends the case to the hall.
  const owners = livingOwners(facts, ownerIins, date, params.adultAge);
  const special = owners.filter((o) => o.positive);
  const ownerFacts = owners.map((o) => ({ iin: o.person.iin, age: o.age, incapable: o.incapable }));
  if (app.channel !== 'hall') {
    // P1.1 / P3: a minor or incapable owner means the hall, whatever the channel; P1.2: reception sends online.
    const clause = app.channel === 'reception' && special.length === 0 ? 'P1.2' : 'P1.1';
    trace.add(clause, 'owner-minor-or-incapable', { owners: ownerFacts }, special.length > 0 ? 'yes' : 'no');
    if (special.length > 0)
      return stop('route-hall', 'owner-minor-or-incapable', {
        owner: special[0]!.person.name,
        address: dwelling.address,
      });
    if (app.channel === 'reception') return stop('route-online', 'online-service', { address: dwelling.address });
  } else {
    const hallOwner = owner ? ownerStatus(owner, date, params.adultAge) : (special[0] ?? null);
    const verdict = hallChecks(input, trace, hallOwner, ownerIins);
    if (verdict) return verdict;
  }
  // 9–11. I2, N3, P4 (also for hall cases in Astana, I3).
  const placed = placeChecks(input, trace, app.applicant, dwelling, active, 0);
  if ('outcome' in placed) return placed;
  // 12. P5, P6: relation or student.
  return claimChecks(input, trace, applicant, ownerIins, placed.normReached);
}

/**
 * I2, N3, P4/N1 for one person of the application: the owner's own dwelling, a dwelling outside
 * the capital, the norm. Returns a verdict, or the norm's figures when it is reached and a
 * relation must decide. `accepted` counts persons of the same application accepted before (I7).
 */
function placeChecks(
  input: DecideInput,
  trace: Trace,
  subject: string,
  dwelling: Dwelling,
  active: Registration[],
  accepted: number,
): Verdict | { normReached: Explanation['params'] } {
  const { params } = input;
  const ownerIins = dwelling.owners.map((o) => o.iin);
  const owns = ownerIins.includes(subject);
  trace.add('I2', 'applicant-is-owner', { applicant: subject, owners: ownerIins }, owns ? 'yes' : 'no');
  if (owns) return eligible('owner', { address: dwelling.address });
  const inCapital = dwelling.city === params.capital;
  trace.add('N3', 'city', { city: dwelling.city }, inCapital ? 'capital' : 'elsewhere');
  if (!inCapital) return eligible('outside-astana', { address: dwelling.address });
  const norm = checkNorm(dwelling.area, active, params, accepted);
  trace.add('P4.1', 'area', { rka: dwelling.rka, area: dwelling.area }, String(dwelling.area));
  trace.add(
    'P4.2',
    'registered',
    {
      permanent: norm.permanent,
      temporary: norm.temporary,
      countTemporary: params.countTemporaryRegistrations,
      acceptedBefore: accepted,
    },
    String(norm.registered),
  );
  trace.add(
    'P4.3',
    'norm',
    { area: norm.area, areaPerPerson: norm.areaPerPerson, registered: norm.registered, capacity: norm.capacity },
    norm.reached ? 'reached' : 'not-reached',
  );
  const figures = {
    area: norm.area,
    registered: norm.registered,
    capacity: norm.capacity,
    areaPerPerson: norm.areaPerPerson,
    address: dwelling.address,
  };
  return norm.reached ? { normReached: figures } : eligible('norm-not-reached', figures);
}

/** P2: the operational hall, for a dwelling owned by a minor or incapable person. */
function hallChecks(input: DecideInput, trace: Trace, owner: OwnerStatus | null, ownerIins: string[]): Verdict | null {
  const { facts, application: app, date } = input;
  // P2.1 ФЛК: IIN valid, found, alive (checked above), minor or incapable, owner in ЕГКН.
  const qualifies = owner !== null && owner.positive && ownerIins.includes(owner.person.iin);
  trace.add(
    'P2.1',
    'flk-owner-minor-or-incapable',
    owner ? { owner: owner.person.iin, age: owner.age, incapable: owner.incapable } : { owner: null },
    qualifies ? 'positive' : 'negative',
  );
  if (!qualifies || !owner) return stop('refused', 'hall-not-applicable');
  // P2.2: a parent by the owner's birth act (ЗАГС), or a guardian recorded on the date.
  const representative = app.representative ?? null;
  const rep = representative === null ? null : facts.person(representative);
  const ward = owner.person.iin;
  const authority = authorityOf(facts.birthActOf(ward), facts.guardiansOf(ward, date), representative);
  const authorised = rep !== null && !isDeadOn(rep, date) && authority.kind !== 'none';
  trace.add(
    'P2.2',
    'representative-authority',
    {
      representative,
      found: rep !== null,
      mother: authority.mother,
      father: authority.father,
      guardians: authority.guardians,
    },
    authorised ? authority.kind : 'not-authorised',
  );
  if (!authorised) return stop('refused', 'representative-not-authorised', { owner: owner.person.name });
  return null;
}

function claimChecks(
  input: DecideInput,
  trace: Trace,
  applicant: Person,
  ownerIins: string[],
  normParams: Explanation['params'],
): Verdict {
  const { facts, application: app, date } = input;
  const claim = app.relation;
  if (!claim || claim.kind === 'none') {
    trace.add('P5', 'relation-claimed', { relation: claim?.kind ?? null }, 'none');
    return stop('refused', 'norm-reached', normParams);
  }
  if (claim.kind === 'student') {
    // P6: full-time study at an institution in the capital on the date (НОБД / ЕПВО).
    const enrolments = facts.enrolmentsOn(applicant.iin, date);
    const match = enrolments.find((e) => e.form === 'full-time' && e.city === input.params.capital);
    trace.add(
      'P6',
      'full-time-student-in-capital',
      { enrolments: enrolments.map((e) => `${e.source} ${e.institution} (${e.city}, ${e.form})`) },
      match ? 'confirmed' : 'not-confirmed',
    );
    if (match) return eligible('student-confirmed', { institution: match.institution, ...normParams });
    return stop('refused', 'not-full-time-student-in-capital', normParams);
  }
  // P5, I5: the named owner first, then any other owner.
  const order = app.owner ? [app.owner, ...ownerIins.filter((o) => o !== app.owner)] : ownerIins;
  for (const owner of order) {
    const proof = confirmRelation(facts, applicant.iin, owner, claim, date);
    trace.add(
      claimClause(claim.kind),
      relationLabel(claim),
      { applicant: applicant.iin, owner, ...proof.facts },
      proof.confirmed ? 'confirmed' : 'not-confirmed',
    );
    if (proof.confirmed)
      return eligible('relation-confirmed', {
        relation: relationLabel(claim),
        owner: facts.person(owner)?.name ?? owner,
        ...normParams,
      });
  }
  // P5.8: no kinship found; name any relation the acts do show (at least full → half sibling).
  const hints = [
    ...new Set(order.flatMap((o) => confirmedRelations(facts, applicant.iin, o, date).map(relationLabel))),
  ];
  trace.add('P5.8', 'other-relations', { found: hints }, hints.length > 0 ? 'found' : 'none');
  return stop('refused', 'no-kinship', { relation: relationLabel(claim), ...normParams }, hints);
}

function claimClause(kind: string): string {
  switch (kind) {
    case 'sibling-full':
      return 'P5.2';
    case 'sibling-half':
      return 'P5.3';
    case 'grandparent':
      return 'P5.4';
    case 'grandchild':
      return 'P5.5';
    case 'in-law':
      return 'P5.6/I1';
    default:
      return 'P5.1';
  }
}

/**
 * I7 (revised 2026-11-29): a child under 14 named as a member follows the parent — a minor's place
 * of residence is the parent's (Civil Code of RK, art. 17) — so it gets no norm or relation check
 * of its own: only that it is a living person, under 14, the applicant's child by a ЗАГС birth act,
 * and not registered at the dwelling already.
 */
function judgeMember(input: DecideInput, trace: Trace, member: string): Verdict {
  const { facts, application: app, date, params } = input;
  const checks = personChecks(facts, date, 'member', member, 'I7/');
  for (const check of [checks.valid, checks.found, checks.alive]) {
    const stopped = trace.run(check);
    if (stopped) return stopped;
  }
  const person = checks.person!;
  const age = ageOn(person.birthDate, date);
  trace.add(
    'I7',
    'member-age',
    { birthDate: person.birthDate, age, limit: params.memberMaxAge },
    age < params.memberMaxAge ? 'under-limit' : 'too-old',
  );
  if (age >= params.memberMaxAge)
    return stop('error', 'member-too-old', { name: person.name, limit: params.memberMaxAge });
  const act = facts.birthActOf(member);
  const child = act?.mother === app.applicant || act?.father === app.applicant;
  trace.add(
    'I7',
    'member-child-of-applicant',
    { mother: act?.mother ?? null, father: act?.father ?? null, applicant: app.applicant },
    child ? 'child' : 'not-child',
  );
  if (!child) return stop('error', 'member-not-a-child', { name: person.name });
  const here = facts.registrationsActiveAt(app.rka, date).some((r) => r.iin === member);
  trace.add('I7/I8', 'not-registered-here', { rka: app.rka }, here ? 'registered' : 'not-registered');
  if (here)
    return stop('error', 'already-registered', {
      address: facts.dwelling(app.rka)?.address ?? app.rka,
      kind: 'permanent',
    });
  // I7: with the parent — no norm (N1) and no relation (P5) of its own.
  trace.add('I7', 'with-parent', { parent: app.applicant }, 'eligible');
  return eligible('with-parent', { name: person.name });
}

function toDecision(
  input: DecideInput,
  subject: string,
  verdict: Verdict,
  trace: Trace,
  notices: Notice[] = [],
): Decision {
  return {
    subject,
    outcome: verdict.outcome,
    basis: verdict.basis,
    reasons: verdict.reason ? [verdict.reason] : [],
    hints: verdict.hints,
    notices,
    next: NEXT[verdict.outcome] ?? NEXT[verdict.reason ?? ''] ?? 'none',
    ruleset: {
      id: input.ruleset.id,
      version: input.ruleset.version,
      inForce: input.inForce,
      ...(input.extendedBy ? { extendedBy: input.extendedBy } : {}),
    },
    trace: trace.entries,
    explanation: verdict.explanation,
  };
}

export function decide(input: DecideInput): Decision {
  const trace = new Trace();
  trace.add(
    '§0',
    'ruleset',
    {
      id: input.ruleset.id,
      version: input.ruleset.version,
      validFrom: input.ruleset.validFrom,
      validTo: input.ruleset.validTo,
      date: input.date,
      // §0: the act that extended the period, cited for the operator and the auditor.
      ...(input.extendedBy
        ? { extendedTo: input.extendedBy.validTo, act: input.extendedBy.reference, actDate: input.extendedBy.date }
        : {}),
    },
    input.extendedBy ? 'extended-by-act' : input.inForce ? 'in-force' : 'outside-validity',
  );
  const verdict = judgeApplicant(input, trace);
  // F4: the arrival window, remarked on an eligible decision (it never changes the outcome).
  let notices: Notice[] = [];
  const arrival = input.application.arrival;
  if (arrival !== undefined && verdict.outcome === 'eligible') {
    const check = arrivalCheck(arrival, input.date, input.params.arrivalWindowDays);
    trace.entries.push(check.entry);
    notices = check.notices;
  }
  const decision = toDecision(input, input.application.applicant, verdict, trace, notices);
  const members = input.application.members;
  if (!members || members.length === 0) return decision;
  decision.members = members.map((member) => {
    const memberTrace = new Trace();
    if (verdict.outcome !== 'eligible') {
      memberTrace.add(
        'I7',
        'applicant-eligible',
        { applicant: input.application.applicant, outcome: verdict.outcome },
        'no',
      );
      return toDecision(input, member, stop('refused', 'applicant-not-eligible'), memberTrace);
    }
    return toDecision(input, member, judgeMember(input, memberTrace, member), memberTrace);
  });
  return decision;
}
