// The boundary to КҚПД's wanted-persons database (S1, 002 R1 App1 st.6). The question is checked
// before it leaves (a valid IIN), and the answer when it comes back: an answer of the wrong shape
// is the registry's failure (a coded error, the check is not made), never read as "clear". A hit
// is an outcome, not an exception: the S1 case stops on it and alerts a supervisor.
import { z } from 'zod';
import { type IsoDate, parseIsoDate } from '../domain/dates.ts';
import { isValidIin } from '../domain/iin.ts';
import { AppError } from '../errors.ts';
import type { WantedAnswer, WantedPersonsRegistry } from './ports.ts';

const iin = z.string().refine(isValidIin);
const date = z.string().refine((d) => parseIsoDate(d) !== null);
const answerSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('clear') }),
  z.strictObject({
    outcome: z.literal('wanted'),
    entry: z.strictObject({
      iin,
      from: date,
      to: date.nullable(),
      initiator: z.string().trim().min(1).max(200),
      reference: z.string().trim().min(1).max(100),
    }),
  }),
]);

/** The check's outcome as the S1 case reads it; `code` is the message a supervisor is shown. */
export type WantedCheck =
  | { outcome: 'clear'; iin: string; date: IsoDate }
  | {
      outcome: 'wanted';
      code: 'wanted.hit';
      iin: string;
      date: IsoDate;
      since: IsoDate;
      until: IsoDate | null;
      initiator: string;
      reference: string;
    };

/** Asks КҚПД whether the person is wanted on the date. */
export async function checkWanted(
  registry: WantedPersonsRegistry,
  person: string,
  date: IsoDate,
): Promise<WantedCheck> {
  if (!isValidIin(person)) throw new AppError('invalid-iin-input', {}, { path: '/iin' });
  const raw: unknown = await registry.check(person, date);
  const parsed = answerSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('wanted.answer-invalid');
  const answer = parsed.data as WantedAnswer;
  if (answer.outcome === 'clear') return { outcome: 'clear', iin: person, date };
  const { entry } = answer;
  // An entry about someone else, or not in force on the date, is a wrong answer, not a hit.
  if (entry.iin !== person || entry.from > date || (entry.to !== null && entry.to < date))
    throw new AppError('wanted.answer-invalid');
  return {
    outcome: 'wanted',
    code: 'wanted.hit',
    iin: person,
    date,
    since: entry.from,
    until: entry.to,
    initiator: entry.initiator,
    reference: entry.reference,
  };
}
