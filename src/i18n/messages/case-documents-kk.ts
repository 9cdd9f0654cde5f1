// Іс құжаттары мен түгендеу істерінің хабарлары (issue 17 item 5).
import type { caseDocumentsEn } from './case-documents-en.ts';

export const caseDocumentsKk: Record<keyof typeof caseDocumentsEn, string> = {
  'case-document.empty': 'Таңдалған файл бос.',
  'case-document.too-large': 'Таңдалған файл {limitMb} МБ-тан кіші болуы керек.',
  'case-document.wrong-type': 'Таңдалған файл PDF, JPG немесе PNG пішімінде болуы керек.',
  'case-document.not-needed': 'Бұл құжат қызметке қажет емес.',
  'case-document.missing': 'Өтінімді жібермес бұрын қызметке қажетті барлық құжаттарды жүктеңіз.',
  'case-document.no-consent': 'Өтінімді жібермес бұрын деректеріңізді пайдалануға келісім беріңіз.',
  'case-document.not-found': 'Мұндай құжат жоқ.',
  'case-document.filed': 'Өтінім жіберілді: оның құжаттарын енді өзгертуге болмайды.',
  'case-document.object-invalid': 'Объектінің кадастрлық кодын (16 цифр) немесе мекенжайын көрсетіңіз.',
  'case-document-kind.commissioning-act': 'пайдалануға беру актісі',
  'case-document-kind.land-plot-document': 'жер учаскесінің сәйкестендіру құжаты',
  'case-document-kind.title-document': 'құқық белгілейтін құжат',
  'case-document-kind.land-plot-document-if-any': 'жер учаскесіне құжат',
};
