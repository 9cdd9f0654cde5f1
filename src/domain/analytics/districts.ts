// Issue 21: the distribution of m² per registered person is shown by district. The address
// register (streets, dwellings) names no district, so the district of each Astana street is data
// here, kept with the analytics that use it; a street not listed counts as "other". Outside
// Astana the norm does not apply (N3) and a city is shown as one whole.

export const ASTANA_DISTRICTS = ['almaty', 'baikonyr', 'yesil', 'nura', 'saryarka', 'saraishyk'] as const;
export type District = (typeof ASTANA_DISTRICTS)[number] | 'other' | 'whole-city';

/** The Astana district of each street of the address register, as the street is registered (kk). */
const ASTANA_STREETS: Readonly<Record<string, (typeof ASTANA_DISTRICTS)[number]>> = {
  'Қабанбай батыр даңғылы': 'yesil',
  'Мәңгілік Ел даңғылы': 'yesil',
  'Достық көшесі': 'yesil',
  'Назарбаев даңғылы': 'yesil',
  'Тұран даңғылы': 'nura',
  'Әл-Фараби даңғылы': 'nura',
  'Желтоқсан көшесі': 'nura',
  'Абай даңғылы': 'saryarka',
  'Сарыарқа даңғылы': 'saryarka',
  'Бейбітшілік көшесі': 'saryarka',
  'Сейфуллин көшесі': 'saryarka',
  'Кенесары көшесі': 'baikonyr',
  'Төле би көшесі': 'baikonyr',
  'Гагарин көшесі': 'baikonyr',
  'Жібек жолы көшесі': 'almaty',
  'Республика даңғылы': 'almaty',
  'Бөгенбай батыр көшесі': 'almaty',
  'Сәтпаев көшесі': 'saraishyk',
  'Пушкин көшесі': 'saraishyk',
  'Байтұрсынұлы көшесі': 'saraishyk',
};

/**
 * The district of a street given as the address register writes it: the place and the street
 * ("Астана қ., Абай даңғылы"), or a building named within one ("Астана қ., Абай даңғылы, 26-үй,
 * студенттер үйі" — a dormitory is on the street whose part it names).
 */
export function districtOf(city: string, street: string): District {
  if (city !== 'astana') return 'whole-city';
  for (const part of street.split(', ')) {
    const district = ASTANA_STREETS[part];
    if (district) return district;
  }
  return 'other';
}

/** The districts in the order pages and files list them. */
export function districtOrder(city: string): readonly District[] {
  return city === 'astana' ? [...ASTANA_DISTRICTS, 'other'] : ['whole-city'];
}
