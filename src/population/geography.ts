// Where people live and study. Shares follow the 2025 population (F3: Astana ≈ 8 % of 20.5 M).
export interface Place {
  code: string;
  /** Kazakh name as it appears in addresses. */
  name: string;
  /** Two-digit region code used as the first digits of an РКА. */
  region: string;
  share: number;
  urban: boolean;
}

export const PLACES: readonly Place[] = [
  { code: 'astana', name: 'Астана қ.', region: '01', share: 0.08, urban: true },
  { code: 'almaty', name: 'Алматы қ.', region: '02', share: 0.112, urban: true },
  { code: 'shymkent', name: 'Шымкент қ.', region: '03', share: 0.061, urban: true },
  { code: 'karaganda', name: 'Қарағанды қ.', region: '09', share: 0.025, urban: true },
  { code: 'aktobe', name: 'Ақтөбе қ.', region: '04', share: 0.03, urban: true },
  { code: 'taraz', name: 'Тараз қ.', region: '08', share: 0.021, urban: true },
  { code: 'pavlodar', name: 'Павлодар қ.', region: '14', share: 0.017, urban: true },
  { code: 'oskemen', name: 'Өскемен қ.', region: '16', share: 0.016, urban: true },
  { code: 'semey', name: 'Семей қ.', region: '18', share: 0.016, urban: true },
  { code: 'atyrau', name: 'Атырау қ.', region: '06', share: 0.017, urban: true },
  { code: 'kostanay', name: 'Қостанай қ.', region: '10', share: 0.013, urban: true },
  { code: 'kyzylorda', name: 'Қызылорда қ.', region: '11', share: 0.012, urban: true },
  { code: 'oral', name: 'Орал қ.', region: '07', share: 0.012, urban: true },
  { code: 'petropavl', name: 'Петропавл қ.', region: '15', share: 0.01, urban: true },
  { code: 'aktau', name: 'Ақтау қ.', region: '12', share: 0.011, urban: true },
  { code: 'turkistan', name: 'Түркістан қ.', region: '19', share: 0.011, urban: true },
  { code: 'kokshetau', name: 'Көкшетау қ.', region: '05', share: 0.008, urban: true },
  { code: 'taldykorgan', name: 'Талдықорған қ.', region: '17', share: 0.009, urban: true },
  { code: 'kaskelen', name: 'Алматы обл., Қаскелең қ.', region: '13', share: 0.06, urban: false },
  { code: 'sairam', name: 'Түркістан обл., Сайрам ауд.', region: '19', share: 0.09, urban: false },
  { code: 'shu', name: 'Жамбыл обл., Шу ауд.', region: '08', share: 0.06, urban: false },
  { code: 'zhanakorgan', name: 'Қызылорда обл., Жаңақорған ауд.', region: '11', share: 0.04, urban: false },
  { code: 'shortandy', name: 'Ақмола обл., Шортанды ауд.', region: '05', share: 0.04, urban: false },
  { code: 'temirtau', name: 'Қарағанды обл., Теміртау қ.', region: '09', share: 0.05, urban: false },
  { code: 'ekibastuz', name: 'Павлодар обл., Екібастұз қ.', region: '14', share: 0.04, urban: false },
  { code: 'zaisan', name: 'Шығыс Қазақстан обл., Зайсан ауд.', region: '16', share: 0.049, urban: false },
  { code: 'beineu', name: 'Маңғыстау обл., Бейнеу ауд.', region: '12', share: 0.06, urban: false },
];

export const STREETS = [
  'Қабанбай батыр даңғылы',
  'Абай даңғылы',
  'Тұран даңғылы',
  'Мәңгілік Ел даңғылы',
  'Сарыарқа даңғылы',
  'Бейбітшілік көшесі',
  'Достық көшесі',
  'Кенесары көшесі',
  'Сейфуллин көшесі',
  'Жібек жолы көшесі',
  'Төле би көшесі',
  'Әл-Фараби даңғылы',
  'Республика даңғылы',
  'Байтұрсынұлы көшесі',
  'Бөгенбай батыр көшесі',
  'Желтоқсан көшесі',
  'Назарбаев даңғылы',
  'Сәтпаев көшесі',
  'Гагарин көшесі',
  'Пушкин көшесі',
] as const;

export const UNIVERSITY_CITIES = [
  ['astana', 0.3],
  ['almaty', 0.32],
  ['shymkent', 0.08],
  ['karaganda', 0.07],
  ['aktobe', 0.05],
  ['pavlodar', 0.04],
  ['oskemen', 0.04],
  ['kostanay', 0.03],
  ['taraz', 0.03],
  ['atyrau', 0.02],
  ['semey', 0.02],
] as const;

export const INSTITUTIONS: Record<string, readonly string[]> = {
  astana: [
    'Л.Н. Гумилев атындағы ЕҰУ',
    'С. Сейфуллин атындағы ҚазАТЗУ',
    'Астана медицина университеті',
    'Astana IT University',
    'Назарбаев Университеті',
  ],
  almaty: [
    'Әл-Фараби атындағы ҚазҰУ',
    'Сәтбаев университеті',
    'Абай атындағы ҚазҰПУ',
    'ҚБТУ',
    'Асфендияров атындағы ҚазҰМУ',
  ],
};

export function institutionsIn(city: string, placeName: string): readonly string[] {
  return INSTITUTIONS[city] ?? [`${placeName} мемлекеттік университеті`, `${placeName} жоғары колледжі`];
}
