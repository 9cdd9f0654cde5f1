// deadlines.md D6: `tirkeu deadline FILE|-` — when an application counts as accepted and when its
// result is due, from the same function the service engine uses (computeDeadline).
import type { Config } from '../../config.ts';
import { formatAstanaMoment } from '../../domain/deadlines/clock.ts';
import { computeDeadline } from '../../domain/deadlines/deadline.ts';
import { AppError } from '../../errors.ts';
import { parseFlags } from '../args.ts';
import { readDeadlineInput } from '../deadline-input.ts';
import { answerError, parseJson, readInput } from '../json-input.ts';
import type { Io } from '../output.ts';

export const DEADLINE_HELP = `tirkeu deadline FILE|-
  Reads one filing as JSON ({"service": "S9b", "channel": "portal", "filedAt":
  "2026-03-19T11:00:00+05:00", "object": "flat", "areaM2": 64.5}; "-" reads standard input) and
  prints the acceptance day, the due date, the rule applied with its source, and how a refusal
  must go (shared/spec/deadlines.md D6). Exit code 0: answered; 2: the input is invalid, and
  standard output holds {"error": {"code", "message", "path"}}.`;

export async function deadlineCommand(args: string[], io: Io, _config: Config): Promise<number> {
  const { positionals } = parseFlags(args, {});
  if (positionals.length !== 1) {
    throw new AppError('invalid-arguments', { detail: 'give one JSON file, or - for standard input' });
  }
  try {
    const { rule, request } = readDeadlineInput(parseJson(await readInput(positionals[0]!, io)));
    const deadline = computeDeadline(rule, request);
    const answer = {
      service: rule.service,
      channel: request.channel,
      filedAt: formatAstanaMoment(request.filedAt),
      acceptedOn: deadline.acceptedOn,
      dueOn: deadline.dueOn,
      rule: {
        case: deadline.case,
        term: deadline.term,
        extensionDays: deadline.extensionDays,
        source: rule.source,
        clauses: 'deadlines.md D1–D4',
      },
      refusal: { ...deadline.refusal, source: rule.refusal === 'not-stated' ? null : '004 cl.5-1 (D5)' },
      calendar: deadline.calendar,
    };
    io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  } catch (error) {
    // D6: bad input is answered on standard output, as `decide` does.
    return answerError(io, error);
  }
}
