// deadlines.md D6: the input of `tirkeu deadline`, read strictly. A field that is missing,
// unknown, of the wrong type, or not allowed for the service is a coded error with a JSON pointer.
import { z } from 'zod';
import { STATUTORY_RULES_FROM } from '../domain/calendar-data.ts';
import { type AstanaMoment, parseFilingMoment } from '../domain/deadlines/clock.ts';
import { type DeadlineRequest, deadlineProblem } from '../domain/deadlines/deadline.ts';
import {
  DEADLINE_RULES,
  DEADLINE_SERVICES,
  type DeadlineRule,
  FILING_CHANNELS,
  OBJECT_KINDS,
} from '../domain/deadlines/rules.ts';
import { AppError } from '../errors.ts';
import { issueToError, pointer } from '../registries/scenario/read.ts';

const inputSchema = z.strictObject({
  service: z.enum(DEADLINE_SERVICES),
  channel: z.enum(FILING_CHANNELS),
  filedAt: z.string(),
  object: z.enum(OBJECT_KINDS).optional(),
  areaM2: z.number().positive().optional(),
  astana: z.boolean().optional(),
  // D6: an integer 0–15 (S7's cap, D4).
  extensionDays: z.int().min(0).max(15).optional(),
});

/** The last year whose due dates the calendar can still reach (it refuses year 10000). */
const LAST_FILING_YEAR = 9990;

export interface DeadlineInput {
  readonly rule: DeadlineRule;
  readonly request: DeadlineRequest;
}

function filingMoment(text: string): AstanaMoment {
  const moment = parseFilingMoment(text);
  if (moment === null) throw new AppError('invalid-moment', {}, { path: '/filedAt' });
  const year = Number(moment.date.slice(0, 4));
  // F2: the calendar knows no holidays before STATUTORY_RULES_FROM; D6 answers only within it.
  if (year < STATUTORY_RULES_FROM || year > LAST_FILING_YEAR)
    throw new AppError('date-outside-calendar', { from: String(STATUTORY_RULES_FROM) }, { path: '/filedAt' });
  return moment;
}

export function readDeadlineInput(json: unknown): DeadlineInput {
  const parsed = inputSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // zod reports a missing enum field as a wrong value; D6 calls it missing.
    if (issue.code === 'invalid_value' && issue.input === undefined)
      throw new AppError('missing-field', {}, { path: pointer(issue.path) });
    throw issueToError(issue);
  }
  const { service, channel, filedAt, ...facts } = parsed.data;
  const rule = DEADLINE_RULES[service];
  const request: DeadlineRequest = { channel, filedAt: filingMoment(filedAt), facts };
  const problem = deadlineProblem(rule, request);
  switch (problem?.kind) {
    case undefined:
      return { rule, request };
    case 'channel-not-for-service':
      throw new AppError('channel-not-for-service', { service, channel }, { path: '/channel' });
    case 'fact-not-for-service':
      throw new AppError('field-not-for-service', { service, field: problem.fact }, { path: `/${problem.fact}` });
    case 'missing-fact':
      throw new AppError('missing-field', {}, { path: `/${problem.fact}` });
    case 'extension-too-long':
      throw new AppError('invalid-value', { detail: `at most ${problem.maxDays}` }, { path: '/extensionDays' });
  }
}
