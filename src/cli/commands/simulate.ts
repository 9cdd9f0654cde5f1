// Issue 21: `tirkeu simulate norm --m2-per-person X [--date D] [--city astana]` — what N1 with X
// m² per registered person would do over the registries on a date: dwellings below, at and above
// the norm, the persons registered in them, where a non-relative would be refused, the curve from
// 10 to 25 m² and the distribution by district. JSON on standard output; read-only (it never
// migrates or writes). Cells of 1–9 persons are null, as on the analyst's pages.
import type { Config } from '../../config.ts';
import { parseM2PerPerson } from '../../domain/analytics/norm-simulation.ts';
import { dateInAstana, parseIsoDate } from '../../domain/dates.ts';
import { AppError } from '../../errors.ts';
import { isCityCode, normReport } from '../../services/analytics/norm-report.ts';
import { parseFlags } from '../args.ts';
import { openConfiguredDatabase } from '../database-from-env.ts';
import type { Io } from '../output.ts';

export async function simulateCommand(args: string[], io: Io, config: Config): Promise<number> {
  const { positionals, values } = parseFlags(args, {
    'm2-per-person': { type: 'string' },
    date: { type: 'string' },
    city: { type: 'string', default: 'astana' },
  });
  const [what, extra] = positionals;
  if (what !== 'norm') throw new AppError('analytics.unknown-simulation', { what: what ?? '' });
  if (extra !== undefined) throw new AppError('invalid-arguments', { detail: `unexpected "${extra}"` });
  // Everything the command line says is checked before the database is opened.
  const m2PerPerson = parseM2PerPerson(values['m2-per-person'] ?? '');
  if (m2PerPerson === null) throw new AppError('analytics.invalid-m2', {}, { path: '/m2-per-person' });
  const date = values.date === undefined ? dateInAstana(new Date()) : parseIsoDate(values.date);
  if (date === null) throw new AppError('analytics.invalid-date', {}, { path: '/date' });
  if (!isCityCode(values.city)) throw new AppError('analytics.invalid-city', { city: values.city.slice(0, 40) });
  const database = await openConfiguredDatabase(config);
  try {
    const report = await normReport(database, { city: values.city, date, m2PerPerson }, { fresh: true });
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
