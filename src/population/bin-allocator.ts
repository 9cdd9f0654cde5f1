// Hands out unique BINs across the whole population, as IinAllocator does IINs: one serial
// counter per month of registration (1990–2089) for resident head offices — the only kind of
// entity the generator founds — advancing in chunk order, which a resumed seed replays.
import { type Bin, composeBin } from '../domain/bin.ts';
import type { IsoDate } from '../domain/dates.ts';

const FIRST_YEAR = 1990;
const MONTHS = 100 * 12;
const MAX_SERIAL = 99_999;

export class BinAllocator {
  private readonly next = new Uint32Array(MONTHS);

  /** The next BIN of an entity registered on the date (its year and month are in the BIN). */
  allocate(registeredOn: IsoDate): Bin {
    const year = Number(registeredOn.slice(0, 4));
    const month = Number(registeredOn.slice(5, 7));
    const slot = (year - FIRST_YEAR) * 12 + (month - 1);
    if (slot < 0 || slot >= MONTHS) throw new RangeError(`no BIN for a registration on ${registeredOn}`);
    // Serials from 1; a serial whose number is never issued (both weight sets give 10) is skipped.
    while (this.next[slot]! < MAX_SERIAL) {
      const serial = ++this.next[slot]!;
      const bin = composeBin({ year, month, entityType: 'resident', attribute: 'head-office', serial });
      if (bin !== null) return bin;
    }
    // ~1,000 entities a month at 20.5 M persons: 99,999 serials are far from used up.
    throw new RangeError(`BIN serials of ${registeredOn.slice(0, 7)} used up`);
  }
}
