// Deregistration (снятие с регистрации): by the person, or by an owner of the dwelling for a
// person registered there — the person is then notified. Issue 5; the 2014 standard in
// seeds/002 routed this through a ЦОН and a court, the 2025 service lets the owner apply.
import { withinPeriod } from '../../domain/dates.ts';
import type { ServiceContext } from '../context.ts';
import type { ApplicationRecord } from './record.ts';

export type DeregistrationCheck =
  { ok: true } | { ok: false; reason: 'not-registered-there' | 'not-entitled-to-deregister' };

export async function checkDeregistration(ctx: ServiceContext, app: ApplicationRecord): Promise<DeregistrationCheck> {
  const person = app.payload.person ?? app.applicant;
  // Entitlement first (docs/privacy.md): for someone else's registration, only an owner of the
  // dwelling learns whether the person is registered there. Anyone else gets the same answer
  // whether or not they are, so an application cannot ask the register about a stranger.
  if (person !== app.applicant) {
    const dwelling = await ctx.registries.realEstate.dwelling(app.rka ?? '');
    const owner = dwelling?.owners.some((o) => o.iin === app.applicant) ?? false;
    if (!owner) return { ok: false, reason: 'not-entitled-to-deregister' };
  }
  const registrations = await ctx.registries.registrations.ofPerson(person);
  const active = registrations.some((r) => r.rka === app.rka && withinPeriod(app.applicationDate, r.from, r.to));
  return active ? { ok: true } : { ok: false, reason: 'not-registered-there' };
}
