// The search keys of many addresses at once, as a bulk load computes them (issue 20: the key was a
// seventh of the seeder's own time). An address is its parts joined by ", " — region, district,
// street, house, flat — and the parts repeat across dwellings (the streets of a town, the house
// and flat numbers), so each part's key is computed once and remembered. This gives the key of
// the whole address because addressSearchKey treats a comma and a space as word breaks, works
// word by word and joins the words with one space (test/db/address-keys.test.ts checks it on a
// generated population and on arbitrary text).
import { addressSearchKey } from '../domain/address-search.ts';

/** Parts remembered before the memory is cleared: bounded, whatever the size of the load. */
const MAX_PARTS = 100_000;

export class AddressKeys {
  private readonly parts = new Map<string, string>();

  of(address: string): string {
    let key = '';
    for (const part of address.split(', ')) {
      let partKey = this.parts.get(part);
      if (partKey === undefined) {
        if (this.parts.size >= MAX_PARTS) this.parts.clear();
        partKey = addressSearchKey(part);
        this.parts.set(part, partKey);
      }
      if (partKey !== '') key = key === '' ? partKey : `${key} ${partKey}`;
    }
    return key;
  }
}
