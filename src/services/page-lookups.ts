// What the pages show from the state registries, read through this one narrow door so that
// src/http never holds a registry or database handle (issue 15, finding 2): names from ГБД ФЛ,
// dwellings and their addresses from ЕГКН, who is registered in an owner's dwellings today, and
// the rules' preview of an application that is not filed yet. Each function answers exactly
// what a page shows; the pages decide what a person may see (docs/privacy.md).
import type { IsoDate } from '../domain/dates.ts';
import type { Decision } from '../domain/decision/types.ts';
import type { Dwelling, Registration } from '../domain/registry-facts.ts';
import type { ServiceContext } from './context.ts';
import { decideApplication, type DecisionRequest } from './decide-application.ts';
import { listSuccessions } from './ruleset-successions.ts';

/** Names from ГБД ФЛ in one round trip, by IIN; an IIN the registry does not know is absent. */
export async function personNames(ctx: ServiceContext, iins: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(iins)];
  const persons = unique.length > 0 ? await ctx.registries.persons.persons(unique) : [];
  return new Map(persons.map((p) => [p.iin, p.name]));
}

/** A dwelling from ЕГКН, or null when it lists none by this РКА; a registry outage is thrown. */
export async function dwellingAt(ctx: ServiceContext, rka: string): Promise<Dwelling | null> {
  return (await ctx.registries.realEstate.dwelling(rka)) ?? null;
}

/** Addresses from ЕГКН, one read per distinct dwelling; null for a dwelling it no longer lists. */
export async function dwellingAddresses(
  ctx: ServiceContext,
  rkas: readonly string[],
): Promise<Map<string, string | null>> {
  const unique = [...new Set(rkas)];
  const dwellings = await Promise.all(unique.map((rka) => dwellingAt(ctx, rka)));
  return new Map(unique.map((rka, i) => [rka, dwellings[i]?.address ?? null]));
}

export interface OwnedDwelling {
  dwelling: Dwelling;
  /** Who is registered there on the date (the registration register). */
  registered: Registration[];
}

/** The dwellings `owner` owns in ЕГКН, each with who is registered there on `date`. */
export async function ownedDwellings(ctx: ServiceContext, owner: string, date: IsoDate): Promise<OwnedDwelling[]> {
  const dwellings = await ctx.registries.realEstate.dwellingsOwnedBy(owner);
  const registered = await Promise.all(dwellings.map((d) => ctx.registries.registrations.activeAt(d.rka, date)));
  return dwellings.map((dwelling, i) => ({ dwelling, registered: registered[i] ?? [] }));
}

/** One dwelling `owner` owns, with who is registered there on `date`; null when they do not own it. */
export async function ownedDwelling(
  ctx: ServiceContext,
  owner: string,
  rka: string,
  date: IsoDate,
): Promise<OwnedDwelling | null> {
  const dwelling = (await ctx.registries.realEstate.dwellingsOwnedBy(owner)).find((d) => d.rka === rka);
  if (!dwelling) return null;
  return { dwelling, registered: await ctx.registries.registrations.activeAt(rka, date) };
}

/** The rules' decision on an application not filed yet (the wizard's preview); nothing is recorded. */
export async function decidePreview(ctx: ServiceContext, request: DecisionRequest): Promise<Decision> {
  return decideApplication(ctx.registries, { ...request, successions: await listSuccessions(ctx.database.db) });
}
