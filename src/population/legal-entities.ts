// ГБД ЮЛ of the synthetic population (issue 19 item 3): legal entities founded by the chunk's
// adults, one per ADULTS_PER_ENTITY living capable adults (the remainder by chance), each with
// a distinct head. Drawn from their own random stream, so adding them left every other table of
// a seed as it was; deterministic from the seed and the chunk index like the rest.
import { addYears, isoDate } from '../domain/dates.ts';
import type { Iin } from '../domain/iin.ts';
import type { LegalEntity, LegalForm } from '../domain/legal-entity.ts';
import type { Dwelling, Person, Registration } from '../domain/registry-facts.ts';
import type { BinAllocator } from './bin-allocator.ts';
import { AS_OF, dateBetween } from './chunk-state.ts';
import { PLACE_TABLE } from './families.ts';
import { PLACES, STREETS } from './geography.ts';
import { type Random, WeightedTable } from './random.ts';

/** One legal entity per this many living, capable adults (docs/legal-entities.md). */
export const ADULTS_PER_ENTITY = 40;
/** Share of entities liquidated by AS_OF. */
const LIQUIDATED_SHARE = 0.08;
/** Share whose legal address is the head's home (an РКА of the address register). */
const HOME_ADDRESS_SHARE = 0.7;
/** The first registrations of the Republic's legal entities the generator dates. */
const FIRST_REGISTRATION = isoDate(1992, 1, 1);

const FORMS = new WeightedTable<LegalForm>([
  ['llp', 0.86],
  ['jsc', 0.03],
  ['production-cooperative', 0.02],
  ['public-association', 0.05],
  ['foundation', 0.02],
  ['state-enterprise', 0.02],
]);

/** How the register writes a name in each language: the form's abbreviation around the brand. */
const NAME_PATTERNS: Record<LegalForm, { kk: (b: string) => string; ru: (b: string) => string }> = {
  llp: { kk: (b) => `«${b}» ЖШС`, ru: (b) => `ТОО «${b}»` },
  jsc: { kk: (b) => `«${b}» АҚ`, ru: (b) => `АО «${b}»` },
  'production-cooperative': { kk: (b) => `«${b}» өндірістік кооперативі`, ru: (b) => `ПК «${b}»` },
  'public-association': { kk: (b) => `«${b}» қоғамдық бірлестігі`, ru: (b) => `ОО «${b}»` },
  foundation: { kk: (b) => `«${b}» қоры`, ru: (b) => `Фонд «${b}»` },
  'state-enterprise': { kk: (b) => `«${b}» МКК`, ru: (b) => `ГКП «${b}»` },
};

const BRAND_FIRST = [
  'Алтын',
  'Ақ Жол',
  'Жаңа',
  'Нұр',
  'Береке',
  'Сапа',
  'Самұрық',
  'Тұлпар',
  'Қазына',
  'Арман',
  'Дала',
  'Шаңырақ',
  'Ордабасы',
  'Ертіс',
  'Алатау',
  'Каспий',
  'Жетісу',
  'Сарыарқа',
  'Бәйтерек',
  'Көктем',
];
const BRAND_SECOND = [
  'Құрылыс',
  'Агро',
  'Логистик',
  'Сервис',
  'Трейд',
  'Инвест',
  'Технолоджи',
  'Групп',
  'Импорт',
  'Энерго',
  'Фарм',
  'Транс',
  'Медиа',
  'Консалтинг',
  'Машина',
];

export interface EntityInputs {
  persons: readonly Person[];
  dwellings: readonly Dwelling[];
  registrations: readonly Registration[];
  random: Random;
  bins: BinAllocator;
}

function isCapableAdult(p: Person): boolean {
  return (p.deathDate === null || p.deathDate > AS_OF) && !p.incapable && addYears(p.birthDate, 18) <= AS_OF;
}

/** The chunk's legal entities, in the order their heads were drawn. */
export function foundLegalEntities(input: EntityInputs): LegalEntity[] {
  const { random, bins } = input;
  const candidates = input.persons.filter(isCapableAdult);
  const whole = Math.floor(candidates.length / ADULTS_PER_ENTITY);
  const count = whole + (random.chance((candidates.length % ADULTS_PER_ENTITY) / ADULTS_PER_ENTITY) ? 1 : 0);
  const homeOf = new Map<string, string>();
  for (const r of input.registrations) if (r.kind === 'permanent' && r.to === null) homeOf.set(r.iin, r.rka);
  const dwellingOf = new Map(input.dwellings.map((d) => [d.rka, d]));

  const entities: LegalEntity[] = [];
  // A partial Fisher–Yates shuffle: `count` distinct heads.
  const pool = [...candidates];
  for (let i = 0; i < count && i < pool.length; i++) {
    const j = i + Math.floor(random.next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    const head = pool[i]!;
    const adult = addYears(head.birthDate, 18);
    const registeredOn = dateBetween(random, adult > FIRST_REGISTRATION ? adult : FIRST_REGISTRATION, AS_OF);
    const legalForm = FORMS.draw(random);
    const brand = `${random.pick(BRAND_FIRST)} ${random.pick(BRAND_SECOND)}`;
    const liquidationFrom = addYears(registeredOn, 1);
    const liquidated = liquidationFrom < AS_OF && random.chance(LIQUIDATED_SHARE);
    const home = dwellingOf.get(homeOf.get(head.iin) ?? '');
    entities.push({
      bin: bins.allocate(registeredOn),
      name: { kk: NAME_PATTERNS[legalForm].kk(brand), ru: NAME_PATTERNS[legalForm].ru(brand) },
      legalForm,
      registeredOn,
      status: liquidated ? { kind: 'liquidated', on: dateBetween(random, liquidationFrom, AS_OF) } : { kind: 'active' },
      // The generator's IINs are composed with their check digit (iin-allocator.ts).
      head: head.iin as Iin,
      address:
        home && random.chance(HOME_ADDRESS_SHARE)
          ? { text: home.address, rka: home.rka }
          : { text: officeAddress(random, home?.city), rka: null },
    });
  }
  return entities;
}

/** An office in the head's town: offices are not dwellings, so the address register has no РКА for them. */
function officeAddress(random: Random, city: string | undefined): string {
  const place = PLACES.find((p) => p.code === city) ?? PLACE_TABLE.draw(random);
  return `${place.name}, ${random.pick(STREETS)}, ${random.int(1, 180)}-үй, ${random.int(1, 40)}-кеңсе`;
}
