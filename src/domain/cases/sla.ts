// The SLA clock of a case (issue 17 item 2): the due date of each back-office step from its
// limit, and of the whole service from its D4 rule, on the F2 calendar (deadlines.md D1, D3),
// with an overdue flag and a colour band as data for the queues.
import { addWorkingDays } from '../calendar.ts';
import { addDays, addMonths, type IsoDate } from '../dates.ts';
import type { ServiceDefinition } from '../public-services/definition.ts';
import { type Case, type CaseFacts, CLOSED_STATES } from './case.ts';

type Step = ServiceDefinition['steps'][number];
type Limit = Step['limit'];

/**
 * The limit of a step for a case: 002 R1 App1 gives S1's steps a limit per urgency category
 * (U1–U3) besides the general procedure's; a case without a category, or a step without
 * urgency limits, takes `limit`.
 */
export function stepLimit(step: Step, facts: CaseFacts): Limit {
  const urgency = facts.urgency;
  if (urgency === undefined || urgency === 'general' || step.urgency === undefined) return step.limit;
  return step.urgency[urgency];
}

/**
 * The band of a due date on `today`: `overdue` after it, `due-today` on it, `on-time` before;
 * `no-deadline` when the sources state none (S1–S5); `closed` for a closed case.
 */
export const SLA_BANDS = ['overdue', 'due-today', 'on-time', 'no-deadline', 'closed'] as const;
export type SlaBand = (typeof SLA_BANDS)[number];

export interface SlaClock {
  readonly band: SlaBand;
  readonly overdue: boolean;
  readonly service: { readonly dueOn: IsoDate | null; readonly band: SlaBand };
  readonly step: { readonly dueOn: IsoDate | null; readonly band: SlaBand };
}

/**
 * The due date of a step started on `startedOn`, by its limit as the source writes it (D3: the
 * start day does not count): minutes — the same working day; N working days — the Nth working
 * day after; N calendar days — start + N, moved to a working day; "N days" unspecified (S1's
 * "1 day") — read as working days; months — start + N months, moved to a working day. A step is
 * never due after the whole service; a step with no stated limit is due with the service.
 */
export function stepDueDate(limit: Limit, startedOn: IsoDate, serviceDueOn: IsoDate | null): IsoDate | null {
  const own = ownDueDate(limit, startedOn);
  if (own === null) return serviceDueOn;
  return serviceDueOn !== null && serviceDueOn < own ? serviceDueOn : own;
}

function ownDueDate(limit: Limit, startedOn: IsoDate): IsoDate | null {
  switch (limit.unit) {
    case 'not-stated':
      return null;
    case 'minutes':
      return addWorkingDays(startedOn, 0);
    case 'working-days':
    case 'days':
      return addWorkingDays(startedOn, Math.ceil(limit.value));
    case 'calendar-days':
      return addWorkingDays(addDays(startedOn, Math.ceil(limit.value)), 0);
    case 'months':
      return addWorkingDays(addMonths(startedOn, Math.ceil(limit.value)), 0);
  }
}

/** The band of one due date on `today` (Astana date). */
export function bandOf(dueOn: IsoDate | null, today: IsoDate): SlaBand {
  if (dueOn === null) return 'no-deadline';
  if (today > dueOn) return 'overdue';
  return today === dueOn ? 'due-today' : 'on-time';
}

/** The clock of a case on `today`: the worse of the step's and the service's bands. */
export function slaOf(kase: Case, today: IsoDate): SlaClock {
  if (CLOSED_STATES.includes(kase.state)) {
    const closed = { band: 'closed', overdue: false } as const;
    return { ...closed, service: { dueOn: kase.dueOn, band: 'closed' }, step: { dueOn: null, band: 'closed' } };
  }
  const service = { dueOn: kase.dueOn, band: bandOf(kase.dueOn, today) };
  const step = { dueOn: kase.stepDueOn, band: bandOf(kase.stepDueOn, today) };
  const band = SLA_BANDS.indexOf(step.band) < SLA_BANDS.indexOf(service.band) ? step.band : service.band;
  return { band, overdue: band === 'overdue', service, step };
}
