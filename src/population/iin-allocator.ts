// Hands out unique IINs (F1) across the whole population: one serial counter per birth date and
// sex. Counters live in a typed array (~160 KB for two centuries), so memory stays flat at any
// population size; the state advances in chunk order, which a resumed seed replays.
import { addDays, type IsoDate, isoDate, toEpochDay } from '../domain/dates.ts';
import { composeIin, type Iin, type Sex } from '../domain/iin.ts';

const FIRST_DAY = toEpochDay(isoDate(1900, 1, 1));
const DAYS = toEpochDay(isoDate(2099, 12, 31)) - FIRST_DAY + 1;

export class IinAllocator {
  private readonly next = new Uint16Array(DAYS * 2);

  allocate(birthDate: IsoDate, sex: Sex): Iin {
    let date = birthDate;
    // F1: since 2013 the date digits need not match the person, so a full day (10,000 serials,
    // ~9,100 usable) spills into the next day's serials instead of failing.
    for (;;) {
      const slot = (toEpochDay(date) - FIRST_DAY) * 2 + (sex === 'M' ? 0 : 1);
      while (this.next[slot]! < 10_000) {
        const serial = this.next[slot]!;
        this.next[slot] = serial + 1;
        const iin = composeIin(date, sex, serial);
        if (iin !== null) return iin;
      }
      date = addDays(date, 1);
    }
  }
}
