// The address register for everyone (issue 22, finding 2): search by what people type and look
// up one address by its РКА, each with the registered Kazakh text and a Russian rendering.
// Addresses are not personal data: nothing about who lives or owns there is answered here.
import { addressInRussian } from '../domain/address-rendering.ts';
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
