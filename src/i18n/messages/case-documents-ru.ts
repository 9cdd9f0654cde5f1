// Сообщения документов дела и инвентарных дел (issue 17 item 5).
import type { caseDocumentsEn } from './case-documents-en.ts';

export const caseDocumentsRu: Record<keyof typeof caseDocumentsEn, string> = {
  'case-document.empty': 'Выбранный файл пуст.',
  'case-document.too-large': 'Выбранный файл должен быть меньше {limitMb} МБ.',
  'case-document.wrong-type': 'Выбранный файл должен быть в формате PDF, JPG или PNG.',
  'case-document.not-needed': 'Этот документ для услуги не нужен.',
  'case-document.missing': 'Загрузите все документы, которые нужны для услуги, прежде чем отправить заявку.',
  'case-document.no-consent': 'Прежде чем отправить заявку, дайте согласие на использование ваших данных.',
  'case-document.not-found': 'Такого документа нет.',
  'case-document.filed': 'Заявка отправлена: её документы больше нельзя изменить.',
  'case-document.object-invalid': 'Укажите кадастровый код объекта (16 цифр) или его адрес.',
  'case-document-kind.commissioning-act': 'акт ввода в эксплуатацию',
  'case-document-kind.land-plot-document': 'идентификационный документ на земельный участок',
  'case-document-kind.title-document': 'правоустанавливающий документ',
  'case-document-kind.land-plot-document-if-any': 'документ на земельный участок',
};
