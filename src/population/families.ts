// Families over up to four generations: founders born 1928–1962, their children, grandchildren
// and great-grandchildren. Marriages, divorces and remarriages (so half-siblings exist), single
// mothers (birth acts without a father), deaths, and wives' surname changes at marriage.
import { addDays, addYears, ageOn, type IsoDate } from '../domain/dates.ts';
import type { Sex } from '../domain/iin.ts';
import { AS_OF, type ChunkState, type DraftPerson, dateBetween, dateInYear } from './chunk-state.ts';
import { PLACES, type Place } from './geography.ts';
import {
  type Ethnicity,
  familySurname,
  fatherGivenName,
  fullName,
  givenName,
  maleSurnameOf,
  patronymic,
  surnameForSex,
} from './names.ts';
import { WeightedTable } from './random.ts';

const ETHNICITIES = new WeightedTable<Ethnicity>([
  ['kazakh', 0.71],
  ['russian', 0.15],
  ['uzbek', 0.035],
  ['ukrainian', 0.02],
  ['korean', 0.01],
  ['tatar', 0.011],
  ['german', 0.011],
]);
export const PLACE_TABLE = new WeightedTable<Place>(PLACES.map((p) => [p, p.share]));
const MAX_DEPTH = 3;

/** Probability of having died by AS_OF, by age then; and when. */
function drawDeath(state: ChunkState, birth: IsoDate, notBefore: IsoDate): IsoDate | null {
  const age = ageOn(birth, AS_OF);
  const p = age < 40 ? 0.004 : age < 60 ? 0.03 + (age - 40) * 0.004 : Math.min(0.95, 0.11 + (age - 60) * 0.025);
  if (!state.random.chance(p)) return null;
  const earliest = addYears(birth, Math.max(18, age - 25));
  const from = earliest > notBefore ? earliest : notBefore;
  const to = addDays(AS_OF, -1);
  return from > to ? null : dateBetween(state.random, from, to);
}

interface NewPerson {
  birth: IsoDate;
  sex: Sex;
  ethnicity: Ethnicity;
  surname: string;
  given?: string;
  patronymic: string | null;
  mother: number;
  father: number;
  home: Place;
  /** The person is known to be alive at least until this date (e.g. a wedding). */
  aliveUntil?: IsoDate;
}

export function createPerson(state: ChunkState, spec: NewPerson): DraftPerson | null {
  if (state.budget <= 0) return null;
  state.budget--;
  const person: DraftPerson = {
    idx: state.persons.length,
    iin: state.iins.allocate(spec.birth, spec.sex),
    surname: spec.surname,
    given: spec.given ?? givenName(state.random, spec.ethnicity, spec.sex),
    patronymic: spec.patronymic,
    birth: spec.birth,
    sex: spec.sex,
    death: drawDeath(state, spec.birth, spec.aliveUntil ?? spec.birth),
    ethnicity: spec.ethnicity,
    home: spec.home,
    mother: spec.mother,
    father: spec.father,
    marriages: [],
    children: [],
    incapable: false,
  };
  state.persons.push(person);
  if (spec.mother >= 0) state.persons[spec.mother]!.children.push(person.idx);
  if (spec.father >= 0) state.persons[spec.father]!.children.push(person.idx);
  return person;
}

/** A person from outside the clan, with parents (and a sibling) of their own now and then. */
function marriedIn(state: ChunkState, partner: DraftPerson, wedding: IsoDate): DraftPerson | null {
  const { random } = state;
  const sex: Sex = partner.sex === 'M' ? 'F' : 'M';
  const ethnicity = random.chance(0.85) ? partner.ethnicity : ETHNICITIES.draw(random);
  let birth = addDays(partner.birth, (sex === 'F' ? 1 : -1) * random.int(0, 6 * 365));
  const latestBirth = addYears(wedding, -18);
  if (birth > latestBirth) birth = addDays(latestBirth, -random.int(0, 3 * 365));
  const familyName = familySurname(random, ethnicity);
  let mother = -1;
  let father = -1;
  if (random.chance(0.3) && state.budget >= 3) {
    const parentsWedding = addDays(birth, -random.int(300, 900));
    const dad = createPerson(state, {
      birth: addYears(birth, -random.int(22, 36)),
      sex: 'M',
      ethnicity,
      surname: familyName,
      patronymic: patronymic(fatherGivenName(random, ethnicity), ethnicity, 'M'),
      mother: -1,
      father: -1,
      home: partner.home,
      aliveUntil: birth,
    });
    const mum = createPerson(state, {
      birth: addYears(birth, -random.int(19, 33)),
      sex: 'F',
      ethnicity,
      surname: surnameForSex(familyName, 'F'),
      patronymic: patronymic(fatherGivenName(random, ethnicity), ethnicity, 'F'),
      mother: -1,
      father: -1,
      home: partner.home,
      aliveUntil: birth,
    });
    if (dad && mum) {
      state.marriages.push({ husband: dad.idx, wife: mum.idx, date: parentsWedding, dissolved: null });
      dad.marriages.push(state.marriages.length - 1);
      mum.marriages.push(state.marriages.length - 1);
      father = dad.idx;
      mother = mum.idx;
    }
  }
  const fatherGiven = father >= 0 ? state.persons[father]!.given : fatherGivenName(random, ethnicity);
  const spouse = createPerson(state, {
    birth,
    sex,
    ethnicity,
    surname: surnameForSex(familyName, sex),
    patronymic: patronymic(fatherGiven, ethnicity, sex),
    mother,
    father,
    home: partner.home,
    aliveUntil: wedding,
  });
  // A brother or sister of the spouse: in-law relations to check from both sides (I1).
  if (spouse && father >= 0 && random.chance(0.5)) {
    const sibSex: Sex = random.chance(0.5) ? 'M' : 'F';
    const sibBirth = addDays(birth, random.int(-6 * 365, 6 * 365));
    const mum = state.persons[mother]!;
    const dad = state.persons[father]!;
    const parentsAlive =
      (mum.death === null || sibBirth < mum.death) && (dad.death === null || sibBirth < addDays(dad.death, 270));
    if (sibBirth < AS_OF && ageOn(mum.birth, sibBirth) >= 18 && parentsAlive) {
      createPerson(state, {
        birth: sibBirth,
        sex: sibSex,
        ethnicity,
        surname: surnameForSex(familyName, sibSex),
        patronymic: patronymic(fatherGiven, ethnicity, sibSex),
        mother,
        father,
        home: partner.home,
      });
    }
  }
  return spouse;
}

function marry(state: ChunkState, a: DraftPerson, b: DraftPerson, date: IsoDate): number {
  const [husband, wife] = a.sex === 'M' ? [a, b] : [b, a];
  state.marriages.push({ husband: husband.idx, wife: wife.idx, date, dissolved: null });
  const id = state.marriages.length - 1;
  husband.marriages.push(id);
  wife.marriages.push(id);
  const takesName = state.random.chance(wife.ethnicity === 'kazakh' ? 0.45 : 0.8);
  const newSurname = surnameForSex(maleSurnameOf(husband.surname), 'F');
  if (takesName && newSurname !== wife.surname) {
    const previousName = fullName(wife);
    wife.surname = newSurname;
    state.nameChanges.push({ person: wife.idx, previousName, newName: fullName(wife), date });
  }
  return id;
}

function childrenOf(state: ChunkState, marriageId: number | null, mother: DraftPerson, father: DraftPerson | null) {
  const { random } = state;
  const year = Number(mother.birth.slice(0, 4));
  const count = year < 1960 ? random.int(2, 6) : year < 1985 ? random.int(1, 4) : random.int(0, 3);
  const marriage = marriageId === null ? null : state.marriages[marriageId]!;
  let t = addDays(marriage ? marriage.date : addYears(mother.birth, random.int(19, 30)), random.int(270, 700));
  const lastByMother = [addYears(mother.birth, 44), AS_OF, mother.death ?? AS_OF];
  const lastByFather = father?.death ? [addDays(father.death, 270)] : [];
  const lastByMarriage = marriage?.dissolved ? [addDays(marriage.dissolved, 270)] : [];
  const last = [...lastByMother, ...lastByFather, ...lastByMarriage].reduce((a, b) => (a < b ? a : b));
  for (let k = 0; k < count && t < last; k++) {
    const sex: Sex = random.chance(0.512) ? 'M' : 'F';
    const familyName = maleSurnameOf(father ? father.surname : mother.surname);
    const ethnicity = father ? father.ethnicity : mother.ethnicity;
    const child = createPerson(state, {
      birth: t,
      sex,
      ethnicity,
      surname: surnameForSex(familyName, sex),
      patronymic: father ? patronymic(father.given, ethnicity, sex) : null,
      mother: mother.idx,
      father: father ? father.idx : -1,
      home: mother.home,
    });
    if (!child) return;
    t = addDays(t, random.int(400, 1800));
  }
}

function spousesOf(state: ChunkState, marriageId: number): [DraftPerson, DraftPerson] {
  const m = state.marriages[marriageId]!;
  return [state.persons[m.wife]!, state.persons[m.husband]!];
}

/** One life: marriage(s), children, and then each child's life, depth-first. */
function live(state: ChunkState, p: DraftPerson, depth: number): void {
  const { random } = state;
  const adulthood = addYears(p.birth, 18);
  if (adulthood >= AS_OF) return;
  const firstChildIndex = p.children.length;
  const weddingAge = p.sex === 'M' ? random.int(21, 33) : random.int(19, 30);
  const wedding = dateBetween(random, addYears(p.birth, weddingAge), addYears(p.birth, weddingAge + 1));
  const alive = (d: IsoDate) => p.death === null || d < p.death;
  if (wedding < AS_OF && alive(wedding) && random.chance(0.87)) {
    const spouse = marriedIn(state, p, wedding);
    if (spouse) {
      const first = marry(state, p, spouse, wedding);
      const [mother, father] = spousesOf(state, first);
      childrenOf(state, first, mother, father);
      if (random.chance(0.2)) {
        const divorce = addDays(wedding, random.int(365, 15 * 365));
        const bothAlive = alive(divorce) && (spouse.death === null || divorce < spouse.death);
        if (divorce < AS_OF && bothAlive) {
          state.marriages[first]!.dissolved = divorce;
          const again = addDays(divorce, random.int(180, 5 * 365));
          if (again < AS_OF && alive(again) && random.chance(0.55)) {
            const next = marriedIn(state, p, again);
            if (next) {
              const second = marry(state, p, next, again);
              const [m2, f2] = spousesOf(state, second);
              childrenOf(state, second, m2, f2);
            }
          }
        }
      }
    }
  } else if (p.sex === 'F' && random.chance(0.08)) {
    childrenOf(state, null, p, null);
  }
  if (depth >= MAX_DEPTH) return;
  for (const child of p.children.slice(firstChildIndex)) live(state, state.persons[child]!, depth + 1);
}

/** A clan: a founding man and everyone descended from him or married into his family. */
export function growClan(state: ChunkState): void {
  const { random } = state;
  const ethnicity = ETHNICITIES.draw(random);
  const founder = createPerson(state, {
    birth: dateInYear(random, random.int(1928, 1962)),
    sex: 'M',
    ethnicity,
    surname: familySurname(random, ethnicity),
    patronymic: patronymic(fatherGivenName(random, ethnicity), ethnicity, 'M'),
    mother: -1,
    father: -1,
    home: PLACE_TABLE.draw(random),
  });
  if (founder) live(state, founder, 0);
}
