// A dwelling's street as the streets table holds it (migration 0013): written by the migration
// for the dwellings already there and by the loader with every new one.
import { addressInRussian } from '../domain/address-rendering.ts';
import { addressParts, streetId, streetSearchKey, streetText } from '../domain/address-parts.ts';

export const STREET_COLUMNS = ['id', 'city', 'place', 'name', 'name_ru', 'address_prefix', 'search_key'] as const;

/** A street's row, as the migration and the loader write it. */
export function streetRow(city: string, address: string) {
  const parts = addressParts(address);
  return {
    id: streetId(city, parts),
    city,
    place: parts.place,
    name: parts.street,
    name_ru: addressInRussian(parts.street),
    address_prefix: streetText(parts),
    search_key: streetSearchKey(parts),
    house: parts.house,
    flat: parts.flat,
  };
}
