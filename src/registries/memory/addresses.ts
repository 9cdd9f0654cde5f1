// The address register in memory: search by the rule of src/domain/address-search.ts over every
// address, and the picker's lists from the same split into streets, houses and flats as the SQL
// registry's streets table (src/domain/address-parts.ts).
import { addressParts, compareAddresses, streetId } from '../../domain/address-parts.ts';
import { addressMatches, addressSearchKey, parseAddressQuery } from '../../domain/address-search.ts';
import type { Dwelling } from '../../domain/registry-facts.ts';
import type { AddressEntry, AddressRegistry, HouseEntry, StreetEntry } from '../ports.ts';

interface Located {
  entry: AddressEntry;
  key: string;
  street: StreetEntry;
  house: number | null;
}

export function memoryAddressRegistry(dwellings: () => Iterable<Dwelling>): AddressRegistry {
  let located: Located[] | undefined;
  const all = (): Located[] => {
    if (located) return located;
    located = [];
    for (const d of dwellings()) {
      const parts = addressParts(d.address);
      located.push({
        entry: { rka: d.rka, city: d.city, address: d.address },
        key: addressSearchKey(d.address),
        street: { id: streetId(d.city, parts), city: d.city, place: parts.place, name: parts.street },
        house: parts.house,
      });
    }
    located.sort((a, b) => compareAddresses(a.entry, b.entry));
    return located;
  };
  const streetsOf = (city?: string) => {
    const byId = new Map<number, StreetEntry>();
    for (const l of all()) if (city === undefined || l.street.city === city) byId.set(l.street.id, l.street);
    // Streets come in address order already: the addresses are sorted by their street's text.
    return [...byId.values()];
  };
  return {
    search: async ({ city, text, limit }) => {
      const query = parseAddressQuery(text);
      if (!query) return [];
      return all()
        .filter((l) => (city === undefined || l.entry.city === city) && addressMatches(query, l.key))
        .slice(0, limit)
        .map((l) => l.entry);
    },
    cities: async () => {
      const places = new Map<string, string>();
      for (const s of streetsOf()) {
        const place = places.get(s.city);
        if (place === undefined || place === '' || (s.place !== '' && s.place < place)) places.set(s.city, s.place);
      }
      return [...places].map(([city, place]) => ({ city, place })).sort((a, b) => (a.city < b.city ? -1 : 1));
    },
    streets: async (city) => streetsOf(city),
    street: async (id) => streetsOf().find((s) => s.id === id) ?? null,
    houses: async (street) => {
      const houses: HouseEntry[] = [];
      for (const l of all().filter((x) => x.street.id === street)) {
        const last = houses.at(-1);
        if (last && last.house === l.house) last.dwellings++;
        else houses.push({ house: l.house, dwellings: 1 });
      }
      return houses;
    },
    dwellingsAt: async (street, house) =>
      all()
        .filter((l) => l.street.id === street && l.house === house)
        .map((l) => l.entry),
  };
}
