// Сообщения `tirkeu deadline` (deadlines.md D6) и `tirkeu services` (issue 17).
import type { deadlineEn } from './deadline-en.ts';

export const deadlineRu: Record<keyof typeof deadlineEn, string> = {
  'invalid-moment': 'Это не дата и время со смещением часового пояса, например 2026-03-20T19:05:00+05:00.',
  'date-outside-calendar': 'Календарь рабочих дней охватывает годы начиная с {from}; эта дата вне его.',
  'field-not-for-service': 'Поле «{field}» не относится к услуге {service}.',
  'channel-not-for-service': 'Услугу {service} нельзя подать через канал «{channel}».',
  'services.implemented': 'работает в Tirkeu',
  'services.catalogue-only': 'описана, пока не оказывается',
  'services.channel.portal': 'портал',
  'services.channel.con': 'ЦОН',
  'services.channel.provider-office': 'офис услугодателя',
};
