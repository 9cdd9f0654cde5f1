// The address register for everyone (issue 22, finding 2): search by what people type and look
// up one address by its РКА, each with the registered Kazakh text and a Russian rendering.
// Addresses are not personal data: nothing about who lives or owns there is answered here.
import { addressParts } from '../domain/address-parts.ts';
import { addressInRussian } from '../domain/address-rendering.ts';
import { addressSearchKey, wordFound } from '../domain/address-search.ts';
import { AppError } from '../errors.ts';
import type { ServiceContext } from './context.ts';

/** Limits of a search text, in characters after trimming. */
export const ADDRESS_QUERY_LENGTH = { min: 2, max: 100 } as const;
const RKA = /^[0-9]{16}$/;

export interface AddressView {
  rka: string;
  city: string;
  address: { kk: string; ru: string };
}

function view(entry: { rka: string; city: string; address: string }): AddressView {
  return { rka: entry.rka, city: entry.city, address: { kk: entry.address, ru: addressInRussian(entry.address) } };
}

/** Addresses matching the text (see src/domain/address-search.ts), in address order. */
export async function searchAddresses(
  ctx: ServiceContext,
  query: { text: string; city?: string | undefined; limit?: number },
): Promise<AddressView[]> {
  const text = query.text.trim().replace(/\s+/g, ' ');
  if (text.length < ADDRESS_QUERY_LENGTH.min || text.length > ADDRESS_QUERY_LENGTH.max) {
    throw new AppError('address.query-length', { ...ADDRESS_QUERY_LENGTH });
  }
  const found = await ctx.registries.addresses.search({
    text,
    limit: Math.min(Math.max(query.limit ?? 20, 1), 50),
    ...(query.city ? { city: query.city } : {}),
  });
  return found.map(view);
}

/** One address by its РКА. */
export async function addressByRka(ctx: ServiceContext, rka: string): Promise<AddressView> {
  const code = rka.replace(/\s+/g, '');
  if (!RKA.test(code)) throw new AppError('address.rka-format', {});
  const dwelling = await ctx.registries.realEstate.dwelling(code);
  if (!dwelling) throw new AppError('address.not-found', {});
  return view(dwelling);
}

// The step-by-step picker (issue 22): city → street → house → flat, each a list from the address
// register's streets (migration 0013). Texts are the registered Kazakh; pages render them.

export interface StreetView {
  id: number;
  city: string;
  place: string;
  name: string;
}

/** The cities (and districts) with the place their addresses name, for their labels. */
export async function pickerCities(ctx: ServiceContext): Promise<{ city: string; place: string }[]> {
  return ctx.registries.addresses.cities();
}

/**
 * The streets of a city whose name has every word of `filter` (as the search matches words), and
 * the city's place ("Астана қ."; empty when its addresses name none). An unknown city is not found.
 */
export async function pickerStreets(
  ctx: ServiceContext,
  city: string,
  filter = '',
): Promise<{ place: string; streets: StreetView[] }> {
  const streets = await ctx.registries.addresses.streets(city);
  if (streets.length === 0) throw new AppError('not-found');
  const place = streets.map((s) => s.place).find((p) => p !== '') ?? '';
  const words = addressSearchKey(filter)
    .split(' ')
    .filter((w) => w !== '' && !/^[0-9]/.test(w));
  if (words.length === 0) return { place, streets };
  const matching = streets.filter((s) => {
    const own = addressSearchKey(s.name).split(' ');
    return words.every((w) => wordFound(w, own));
  });
  return { place, streets: matching };
}

export async function pickerStreet(ctx: ServiceContext, id: number): Promise<StreetView> {
  const street = await ctx.registries.addresses.street(id);
  if (!street) throw new AppError('not-found');
  return street;
}

export async function pickerHouses(ctx: ServiceContext, street: number) {
  return ctx.registries.addresses.houses(street);
}

/** The dwellings of one house, each with its flat number (null: the house has no flats). */
export async function pickerDwellings(ctx: ServiceContext, street: number, house: number | null) {
  const found = await ctx.registries.addresses.dwellingsAt(street, house);
  return found.map((e) => ({ ...view(e), flat: addressParts(e.address).flat }));
}
