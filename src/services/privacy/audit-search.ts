// The auditor's search of the access log (issue 13). Only auditors and supervisors may search,
// and never the whole log at once: at least one field narrows it. What the search shows is itself
// personal data, so it is recorded ('audit-search') for the person searched for and for every
// person a page of results shows, in the same transaction as the read.
import { addDays, endOfDayInAstana, parseIsoDate } from '../../domain/dates.ts';
import { AppError } from '../../errors.ts';
import type { Actor, OperatorRole } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { type AccessFilter, type AccessPage, type Page, recordAccess, searchAccessLog } from './access-log.ts';

export const AUDIT_ROLES: readonly OperatorRole[] = ['auditor', 'supervisor'];

export function isEmptyFilter(filter: AccessFilter): boolean {
  return Object.values(filter).every((v) => v === undefined || v === '');
}

export async function auditSearch(
  ctx: ServiceContext,
  actor: Actor,
  filter: AccessFilter,
  page: Page,
): Promise<AccessPage> {
  if (actor.kind !== 'operator' || !AUDIT_ROLES.includes(actor.role)) throw new AppError('operator-only');
  if (isEmptyFilter(filter)) throw new AppError('invalid-request', { detail: 'filter' });
  return inTransaction(ctx.database, async (tx) => {
    const found = await searchAccessLog(tx, filter, page);
    const subjects = new Set(found.items.map((i) => i.subject));
    if (filter.subject) subjects.add(filter.subject);
    await recordAccess(
      tx,
      ctx.clock.now(),
      [...subjects].map((subject) => ({ subject, actor, purpose: 'audit-search' as const })),
    );
    return found;
  });
}

/** Days typed by the auditor (Astana calendar, both inclusive) as the filter's instants. */
export function astanaDays(from: string | undefined, to: string | undefined): Pick<AccessFilter, 'from' | 'to'> {
  const day = (value: string | undefined, field: string) => {
    if (value === undefined || value === '') return undefined;
    const date = parseIsoDate(value);
    if (!date) throw new AppError('invalid-request', { detail: field }, { path: `/${field}` });
    return date;
  };
  const first = day(from, 'from');
  const last = day(to, 'to');
  return {
    from: first ? endOfDayInAstana(addDays(first, -1)) : undefined,
    to: last ? endOfDayInAstana(last) : undefined,
  };
}
