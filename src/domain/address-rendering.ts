// Addresses in the reader's language.
// The address register holds addresses in Kazakh ("Астана қ., Қабанбай батыр даңғылы, 12-үй,
// 4-пәтер"). Russian pages and the API's `ru` show a Russian rendering derived from it: the
// place and street kinds translated and put where Russian puts them, Kazakh letters spelt as
// Russian spells them ("г. Астана, проспект Кабанбай батыр, д. 12, кв. 4"). Names are not
// declined ("Кабанбай батыр", not "Кабанбай батыра"): a derived rendering cannot know the
// official Russian name of every street, and the undeclined form is still understood. English
// pages get the same treatment in Latin letters ("Astana, Kabanbay batyr Avenue, house 12, flat 4").

const LETTERS: Record<string, string> = {
  ә: 'а',
  Ә: 'А',
  ғ: 'г',
  Ғ: 'Г',
  қ: 'к',
  Қ: 'К',
  ң: 'н',
  Ң: 'Н',
  ө: 'о',
  Ө: 'О',
  ұ: 'у',
  Ұ: 'У',
  ү: 'у',
  Ү: 'У',
  һ: 'х',
  Һ: 'Х',
  і: 'и',
  І: 'И',
};

/** Kazakh letters that Russian has no letter for, written with the nearest Russian ones. */
export function russianSpelling(text: string): string {
  let out = '';
  for (const ch of text) out += LETTERS[ch] ?? ch;
  return out;
}

/** Kinds of place and street: the Kazakh word after the name, the Russian one and where it goes. */
const KINDS: readonly { kk: RegExp; ru: (name: string) => string }[] = [
  { kk: /^(.+) қ\.$/, ru: (n) => `г. ${n}` },
  { kk: /^(.+) қаласы$/, ru: (n) => `г. ${n}` },
  { kk: /^(.+) обл\.$/, ru: (n) => `${n} обл.` },
  { kk: /^(.+) облысы$/, ru: (n) => `${n} область` },
  { kk: /^(.+) ауд\.$/, ru: (n) => `${n} р-н` },
  { kk: /^(.+) ықшам ауданы$/, ru: (n) => `микрорайон ${n}` },
  { kk: /^(.+) шағын ауданы$/, ru: (n) => `микрорайон ${n}` },
  { kk: /^(.+) ауданы$/, ru: (n) => `${n} район` },
  { kk: /^(.+) даңғылы$/, ru: (n) => `проспект ${n}` },
  { kk: /^(.+) көшесі$/, ru: (n) => `улица ${n}` },
  { kk: /^(.+) к-сі$/, ru: (n) => `ул. ${n}` },
  { kk: /^(.+) тұйығы$/, ru: (n) => `тупик ${n}` },
  { kk: /^(.+) ауылы$/, ru: (n) => `село ${n}` },
  { kk: /^([0-9][0-9A-Za-zА-Яа-я/]*)-үй$/, ru: (n) => `д. ${n}` },
  { kk: /^([0-9][0-9A-Za-zА-Яа-я/]*)-пәтер$/, ru: (n) => `кв. ${n}` },
];

/** One part of an address ("Қабанбай батыр даңғылы") in Russian ("проспект Кабанбай батыр"). */
function russianPart(part: string): string {
  for (const kind of KINDS) {
    const m = kind.kk.exec(part);
    if (m) return kind.ru(russianSpelling(m[1]!));
  }
  return russianSpelling(part);
}

/** The Russian rendering of an address written in Kazakh, part by part. */
export function addressInRussian(kazakh: string): string {
  return kazakh
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(russianPart)
    .join(', ');
}

/** Kazakh Cyrillic in Latin letters, as Kazakhstan's passports and road signs commonly write it. */
const LATIN: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  й: 'y',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export function latinSpelling(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = LATIN[lower];
    if (latin === undefined) out += ch;
    else out += ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

const ENGLISH_KINDS: readonly { kk: RegExp; en: (name: string) => string }[] = [
  { kk: /^(.+) (қ\.|қаласы)$/, en: (n) => n },
  { kk: /^(.+) (обл\.|облысы)$/, en: (n) => `${n} Region` },
  { kk: /^(.+) (ықшам|шағын) ауданы$/, en: (n) => `${n} Microdistrict` },
  { kk: /^(.+) (ауд\.|ауданы)$/, en: (n) => `${n} District` },
  { kk: /^(.+) даңғылы$/, en: (n) => `${n} Avenue` },
  { kk: /^(.+) (көшесі|к-сі)$/, en: (n) => `${n} Street` },
  { kk: /^(.+) тұйығы$/, en: (n) => `${n} Lane` },
  { kk: /^(.+) ауылы$/, en: (n) => `${n} Village` },
  { kk: /^([0-9][0-9A-Za-zА-Яа-я/]*)-үй$/, en: (n) => `house ${n}` },
  { kk: /^([0-9][0-9A-Za-zА-Яа-я/]*)-пәтер$/, en: (n) => `flat ${n}` },
];

/** The English rendering of an address written in Kazakh: kinds in English, names in Latin letters. */
export function addressInEnglish(kazakh: string): string {
  return kazakh
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((part) => {
      for (const kind of ENGLISH_KINDS) {
        const m = kind.kk.exec(part);
        if (m) return kind.en(latinSpelling(m[1]!));
      }
      return latinSpelling(part);
    })
    .join(', ');
}

/** The address in the language of the page: Kazakh as registered, Russian and English derived. */
export function addressIn(lang: string, kazakh: string): string {
  return lang === 'ru' ? addressInRussian(kazakh) : lang === 'en' ? addressInEnglish(kazakh) : kazakh;
}
