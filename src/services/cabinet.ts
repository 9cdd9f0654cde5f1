// What the personal cabinet shows besides applications: the person's registrations, current and
// past, and their notifications. One query each, read by the API (/api/v1/cabinet/*) and by the
// cabinet page alike.
import type { IsoDate } from '../domain/dates.ts';
import type { RegistrationKind } from '../domain/registry-facts.ts';
import type { MessageParams } from '../i18n/messages.ts';
import type { ServiceContext } from './context.ts';

export interface MyRegistration {
  rka: string;
  /** Null when the dwelling is not in the address register any more. */
  address: string | null;
  kind: RegistrationKind;
  from: IsoDate;
  /** Last day, or null while the registration runs. */
  to: IsoDate | null;
}

/** The person's registrations, newest first. */
export async function registrationsOf(ctx: ServiceContext, iin: string): Promise<MyRegistration[]> {
  const rows = await ctx.database.db
    .selectFrom('registrations')
    .leftJoin('dwellings', 'dwellings.rka', 'registrations.rka')
    .select([
      'registrations.rka',
      'dwellings.address',
      'registrations.kind',
      'registrations.valid_from',
      'registrations.valid_to',
    ])
    .where('registrations.iin', '=', iin)
    .orderBy('registrations.valid_from', 'desc')
    .orderBy('registrations.id', 'desc')
    .execute();
  return rows.map((r) => ({
    rka: r.rka,
    address: r.address,
    kind: r.kind,
    from: r.valid_from,
    to: r.valid_to,
  }));
}

export interface MyNotification {
  id: number;
  /** A catalog key (notify-*), rendered in the reader's language with its params. */
  template: string;
  params: MessageParams;
  applicationId: string | null;
  createdAt: Date;
}

/** The person's cabinet notifications, newest first (the last hundred). */
export async function notificationsOf(ctx: ServiceContext, iin: string, limit = 100): Promise<MyNotification[]> {
  const rows = await ctx.database.db
    .selectFrom('notifications')
    .selectAll()
    .where('recipient', '=', iin)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    template: r.template,
    params: r.params,
    applicationId: r.application_id,
    createdAt: r.created_at,
  }));
}
