// Personal names for the synthetic population: Kazakh and Russian naming conventions, plus the
// other communities of Kazakhstan whose surnames do not change with sex.
import type { Sex } from '../domain/iin.ts';
import type { Random } from './random.ts';

export type Ethnicity = 'kazakh' | 'russian' | 'korean' | 'uzbek' | 'tatar' | 'ukrainian' | 'german';

const KAZAKH_MALE = [
  'Асқар',
  'Ерлан',
  'Нұрлан',
  'Бекзат',
  'Дәурен',
  'Арман',
  'Тимур',
  'Серік',
  'Олжас',
  'Әлихан',
  'Данияр',
  'Ильяс',
  'Ерасыл',
  'Бауыржан',
  'Қайрат',
  'Мұрат',
  'Ержан',
  'Айдос',
  'Нұрсұлтан',
  'Санжар',
  'Жандос',
  'Ербол',
  'Талғат',
  'Ғалым',
  'Қуаныш',
  'Әділет',
  'Мейіржан',
  'Рауан',
  'Нұрбол',
  'Азамат',
  'Бақытжан',
  'Ақжол',
  'Елдос',
  'Темірлан',
] as const;
const KAZAKH_FEMALE = [
  'Айгерім',
  'Күлән',
  'Сара',
  'Гүлнар',
  'Алина',
  'Жанар',
  'Роза',
  'Дана',
  'Бибігүл',
  'Аружан',
  'Амина',
  'Салтанат',
  'Меруерт',
  'Зарина',
  'Гүлмира',
  'Әсел',
  'Ақбота',
  'Дінара',
  'Жұлдыз',
  'Назерке',
  'Інкәр',
  'Толқын',
  'Ұлжан',
  'Аяжан',
  'Мөлдір',
  'Балжан',
  'Гаухар',
  'Айым',
  'Қарлығаш',
  'Сәуле',
  'Әйгерім',
  'Нұрай',
  'Томирис',
  'Жібек',
] as const;
const KAZAKH_SURNAMES = [
  'Ахметов',
  'Бекұлов',
  'Сейітов',
  'Жұмабаев',
  'Мұратов',
  'Оспанов',
  'Абаев',
  'Мәметов',
  'Қасымов',
  'Нұров',
  'Омаров',
  'Исаев',
  'Сапаров',
  'Тоқтаров',
  'Серікбаев',
  'Жақыпов',
  'Әбілов',
  'Құрманов',
  'Байжанов',
  'Есенов',
  'Тұрсынов',
  'Ермеков',
  'Қалиев',
  'Рахымов',
  'Дүйсенов',
  'Смағұлов',
  'Шәкенов',
  'Бөкейханов',
  'Әуезов',
  'Иманов',
] as const;

// [given name, patronymic for a son, patronymic for a daughter]
const RUSSIAN_MALE: readonly (readonly [string, string, string])[] = [
  ['Александр', 'Александрович', 'Александровна'],
  ['Сергей', 'Сергеевич', 'Сергеевна'],
  ['Андрей', 'Андреевич', 'Андреевна'],
  ['Дмитрий', 'Дмитриевич', 'Дмитриевна'],
  ['Виктор', 'Викторович', 'Викторовна'],
  ['Николай', 'Николаевич', 'Николаевна'],
  ['Владимир', 'Владимирович', 'Владимировна'],
  ['Игорь', 'Игоревич', 'Игоревна'],
  ['Олег', 'Олегович', 'Олеговна'],
  ['Павел', 'Павлович', 'Павловна'],
  ['Илья', 'Ильич', 'Ильинична'],
  ['Никита', 'Никитич', 'Никитична'],
  ['Максим', 'Максимович', 'Максимовна'],
  ['Евгений', 'Евгеньевич', 'Евгеньевна'],
  ['Юрий', 'Юрьевич', 'Юрьевна'],
  ['Михаил', 'Михайлович', 'Михайловна'],
  ['Артём', 'Артёмович', 'Артёмовна'],
];
const RUSSIAN_FEMALE = [
  'Марина',
  'Ольга',
  'Елена',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Светлана',
  'Анна',
  'Екатерина',
  'Юлия',
  'Мария',
  'Валентина',
  'Людмила',
  'Дарья',
  'Анастасия',
  'Ксения',
  'Виктория',
  'Полина',
  'Софья',
  'Алёна',
] as const;
const SURNAMES: Record<Exclude<Ethnicity, 'kazakh'>, readonly string[]> = {
  russian: [
    'Петров',
    'Смирнов',
    'Иванов',
    'Кузнецов',
    'Попов',
    'Соколов',
    'Волков',
    'Морозов',
    'Новиков',
    'Фёдоров',
    'Егоров',
    'Белов',
  ],
  korean: ['Ким', 'Пак', 'Ли', 'Цой', 'Тен', 'Хан', 'Огай', 'Шин'],
  uzbek: ['Юсупов', 'Рахимов', 'Каримов', 'Алимов', 'Усманов', 'Турсунов'],
  tatar: ['Галиев', 'Сафин', 'Хабибуллин', 'Валиев', 'Шарипов', 'Гарипов'],
  ukrainian: ['Шевченко', 'Бондаренко', 'Коваленко', 'Ткаченко', 'Кравченко', 'Мельник'],
  german: ['Шмидт', 'Мюллер', 'Вагнер', 'Беккер', 'Рейнгардт', 'Фишер'],
};

export interface PersonName {
  surname: string;
  given: string;
  /** Father's name with the suffix, or null when no father is known. */
  patronymic: string | null;
}

export function fullName(n: PersonName): string {
  return n.patronymic ? `${n.surname} ${n.given} ${n.patronymic}` : `${n.surname} ${n.given}`;
}

/** Surnames in -ов/-ев/-ин (Kazakh and Russian) take -а for women; others do not change. */
export function surnameForSex(maleSurname: string, sex: Sex): string {
  return sex === 'F' && /(ов|ев|ёв|ин|ын)$/.test(maleSurname) ? `${maleSurname}а` : maleSurname;
}

export function maleSurnameOf(surname: string): string {
  return /(ова|ева|ёва|ина|ына)$/.test(surname) ? surname.slice(0, -1) : surname;
}

const usesKazakhNames = (e: Ethnicity) => e === 'kazakh' || e === 'uzbek' || e === 'tatar';

export function givenName(random: Random, ethnicity: Ethnicity, sex: Sex): string {
  if (usesKazakhNames(ethnicity)) return random.pick(sex === 'M' ? KAZAKH_MALE : KAZAKH_FEMALE);
  return sex === 'M' ? random.pick(RUSSIAN_MALE)[0] : random.pick(RUSSIAN_FEMALE);
}

export function patronymic(fatherGiven: string, ethnicity: Ethnicity, sex: Sex): string {
  const russian = RUSSIAN_MALE.find(([g]) => g === fatherGiven);
  if (russian && !usesKazakhNames(ethnicity)) return sex === 'M' ? russian[1] : russian[2];
  return `${fatherGiven} ${sex === 'M' ? 'ұлы' : 'қызы'}`;
}

export function familySurname(random: Random, ethnicity: Ethnicity): string {
  return ethnicity === 'kazakh' ? random.pick(KAZAKH_SURNAMES) : random.pick(SURNAMES[ethnicity]);
}

export function fatherGivenName(random: Random, ethnicity: Ethnicity): string {
  return givenName(random, ethnicity, 'M');
}
