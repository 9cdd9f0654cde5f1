// `tirkeu deadline` (deadlines.md D6) және `tirkeu services` (issue 17) хабарлары.
import type { deadlineEn } from './deadline-en.ts';

export const deadlineKk: Record<keyof typeof deadlineEn, string> = {
  'invalid-moment': 'Уақыт белдеуі көрсетілген күн мен уақыт емес (мысалы, 2026-03-20T19:05:00+05:00).',
  'date-outside-calendar': 'Жұмыс күндерінің күнтізбесі {from} жылдан басталады; бұл күн одан тыс.',
  'field-not-for-service': '«{field}» өрісі {service} қызметіне қатысты емес.',
  'channel-not-for-service': '{service} қызметіне «{channel}» арнасы арқылы өтініш берілмейді.',
  'services.implemented': 'Tirkeu-де жұмыс істейді',
  'services.catalogue-only': 'сипатталған, әзірге көрсетілмейді',
  'services.channel.portal': 'портал',
  'services.channel.con': 'ХҚКО',
  'services.channel.provider-office': 'қызмет берушінің кеңсесі',
};
