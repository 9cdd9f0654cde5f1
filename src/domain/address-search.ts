// Address search that finds what people type. One normalisation makes the search key of an
// address (stored with the dwelling, trigram-indexed) and of a query, so "Кабанбай батыра 12",
// "Kabanbay batyr 12" and "Қабанбай батыр даңғылы, 12-үй" meet on "kabanbai batir 12".
// Pure: the SQL registry and the in-memory one apply the same match rule (addressMatches).

/** Words that name a kind of street, place or number; they carry no choice between addresses. */
const NOISE_WORDS = new Set([
  // Kazakh (after folding): даңғылы, көшесі, ықшам ауданы, қ., ауд., обл., үй, пәтер, тұйық
  'dangili',
  'dangil',
  'kosh',
  'koshesi',
  'ikshm',
  'iksham',
  'audani',
  'aud',
  'k',
  'obl',
  'oblisi',
  'ui',
  'pater',
  'tuiik',
  'tuik',
  // Russian (after folding): проспект, пр., пр-т, улица, ул., микрорайон, мкр., г., город,
  // район, р-н, обл., область, дом, д., квартира, кв., переулок, пер.
  'prospekt',
  'pr',
  't',
  'ulitsa',
  'ul',
  'mikroraion',
  'mkr',
  'g',
  'gorod',
  'raion',
  'r',
  'n',
  'oblast',
  'dom',
  'd',
  'kvartira',
  'kv',
  'pereulok',
  'per',
  // English
  'street',
  'st',
  'avenue',
  'ave',
  'av',
  'city',
  'district',
  'flat',
  'apt',
  'apartment',
  'house',
  'lane',
]);

/** Cyrillic (Kazakh and Russian) to one Latin spelling, the way people type either language. */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  й: 'i',
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
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** Latin spellings folded the same way: y and i, kh and h, q and k, j (Kazakh Latin) and zh. */
function foldLatin(word: string): string {
  return word
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/j/g, 'zh')
    .replace(/w/g, 'u')
    .replace(/x/g, 'ks')
    .replace(/y/g, 'i')
    .replace(/c(?!h)/g, 'ts');
}

/** The search key: folded, noise words dropped, numbers split off letters ("12-үй" → "12"). */
export function addressSearchKey(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  let latin = '';
  for (const ch of lower) latin += CYRILLIC[ch] ?? ch;
  const words = latin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([0-9])([a-z])/g, '$1 $2')
    .replace(/([a-z])([0-9])/g, '$1 $2')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => (/^[0-9]/.test(w) ? w.replace(/^0+(?=[0-9])/, '') : foldLatin(w)))
    .filter((w) => !NOISE_WORDS.has(w));
  return words.join(' ');
}

export interface AddressQuery {
  /** Letter words, each to be found in the address, by start or by trigram similarity. */
  words: string[];
  /** House, flat (and other) numbers, each equal to a number of the address, in this order. */
  numbers: string[];
}

/** A query is searchable when it has a word of two letters or more: numbers alone match too much. */
export function parseAddressQuery(text: string): AddressQuery | null {
  const tokens = addressSearchKey(text)
    .split(' ')
    .filter((w) => w !== '');
  const words = tokens.filter((w) => !/^[0-9]/.test(w));
  const numbers = tokens.filter((w) => /^[0-9]/.test(w));
  if (!words.some((w) => w.length >= 2)) return null;
  return { words, numbers };
}

/** Trigram similarity of two words, as pg_trgm's similarity() computes it for one word each. */
export const WORD_SIMILARITY = 0.5;

export function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  return set;
}

export function similarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / (ta.size + tb.size - common);
}

/** Whether a query word is found among the key's words: as a start, or (3+ letters) with a typo. */
export function wordFound(word: string, keyWords: readonly string[]): boolean {
  return keyWords.some((k) => k.startsWith(word) || (word.length >= 3 && similarity(word, k) >= WORD_SIMILARITY));
}

/** The numbers of the query appear among the key's numbers in the same order. */
export function numbersFound(numbers: readonly string[], keyNumbers: readonly string[]): boolean {
  let at = 0;
  for (const n of numbers) {
    while (at < keyNumbers.length && keyNumbers[at] !== n) at++;
    if (at === keyNumbers.length) return false;
    at++;
  }
  return true;
}

/** A regular expression (same meaning in PostgreSQL and JavaScript) for numbersFound on a key. */
export function numbersPattern(numbers: readonly string[]): string | null {
  if (numbers.length === 0) return null;
  return `(^| )${numbers.join(' (.* )?')}( |$)`;
}

export function addressMatches(query: AddressQuery, key: string): boolean {
  const tokens = key.split(' ');
  const keyWords = tokens.filter((w) => !/^[0-9]/.test(w));
  const keyNumbers = tokens.filter((w) => /^[0-9]/.test(w));
  return query.words.every((w) => wordFound(w, keyWords)) && numbersFound(query.numbers, keyNumbers);
}
