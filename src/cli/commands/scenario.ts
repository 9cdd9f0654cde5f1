import { writeFileSync } from 'node:fs';
import type { Config } from '../../config.ts';
import { parseIsoDate } from '../../domain/dates.ts';
import { AppError } from '../../errors.ts';
import { exportScenario } from '../../registries/scenario/export.ts';
import type { ScenarioInput } from '../../registries/scenario/schema.ts';
import { createSqlRegistries } from '../../registries/sql/index.ts';
import { choiceFlag, parseFlags } from '../args.ts';
import { openConfiguredDatabase } from '../database-from-env.ts';
import type { Io } from '../output.ts';

type Relation = NonNullable<ScenarioInput['application']['relation']>;
const SIMPLE = ['child', 'parent', 'spouse', 'sibling-full', 'in-law', 'student', 'none'] as const;

export function parseRelation(value: string | undefined): Relation | undefined {
  if (value === undefined) return undefined;
  const [kind, param] = value.split(':');
  if ((SIMPLE as readonly string[]).includes(kind!) && param === undefined)
    return { kind: kind as (typeof SIMPLE)[number] };
  if (kind === 'sibling-half' && (param === 'mother' || param === 'father')) return { kind, parent: param };
  if ((kind === 'grandparent' || kind === 'grandchild') && (param === 'mother' || param === 'father'))
    return { kind, side: param };
  throw new AppError('invalid-arguments', {
    detail:
      '--relation must be one of child, parent, spouse, sibling-full, sibling-half:mother|father, grandparent:mother|father, grandchild:mother|father, in-law, student, none',
  });
}

function dateFlag(name: string, value: string | undefined) {
  const date = value === undefined ? null : parseIsoDate(value);
  if (!date) throw new AppError('invalid-arguments', { detail: `--${name} must be a date YYYY-MM-DD` });
  return date;
}

/** Today in Kazakhstan (UTC+5), as the date an application made now would carry. */
export function todayInKazakhstan(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(now);
}

export async function scenarioCommand(args: string[], io: Io, config: Config): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    applicant: { type: 'string' },
    rka: { type: 'string' },
    owner: { type: 'string' },
    date: { type: 'string' },
    service: { type: 'string' },
    channel: { type: 'string' },
    relation: { type: 'string' },
    representative: { type: 'string' },
    member: { type: 'string', multiple: true },
    'period-from': { type: 'string' },
    'period-to': { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length > 0) throw new AppError('invalid-arguments', { detail: `unexpected "${positionals[0]}"` });
  for (const [flag, pattern] of [
    ['applicant', /^[0-9]{12}$/],
    ['rka', /^[0-9]{16}$/],
  ] as const) {
    if (!pattern.test(values[flag] ?? '')) {
      throw new AppError('invalid-arguments', {
        detail: `--${flag} must be ${flag === 'rka' ? 16 : 12} digits`,
      });
    }
  }
  const service = choiceFlag('service', values.service, ['permanent', 'temporary'] as const, 'permanent');
  const hasPeriod = values['period-from'] !== undefined || values['period-to'] !== undefined;
  // Every flag is checked before the database is touched.
  const request = {
    date: dateFlag('date', values.date ?? todayInKazakhstan()),
    applicant: values.applicant!,
    rka: values.rka!,
    owner: values.owner,
    representative: values.representative,
    members: values.member,
    service,
    channel: choiceFlag('channel', values.channel, ['online', 'reception', 'hall'] as const, 'online'),
    relation: parseRelation(values.relation),
    period: hasPeriod
      ? { from: dateFlag('period-from', values['period-from']), to: dateFlag('period-to', values['period-to']) }
      : undefined,
  };
  const database = await openConfiguredDatabase(config);
  try {
    const scenario = await exportScenario(createSqlRegistries(database.db), request);
    const text = JSON.stringify(scenario, null, 1) + '\n';
    if (values.out) writeFileSync(values.out, text);
    else io.stdout(text);
    return 0;
  } finally {
    await database.close();
  }
}
