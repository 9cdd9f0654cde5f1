import type { reliabilityEn } from './reliability-en.ts';

export const reliabilityRu: Record<keyof typeof reliabilityEn, string> = {
  'audit.chain-broken':
    'Журнал аудита изменён: запись {seq} (id {id}) не совпадает со своим хешем. Восстановите журнал из резервной копии и расследуйте.',
  'audit.chain-gap':
    'Журнал аудита изменён: запись на месте {seq} отсутствует или стоит не по порядку (следующая запись id {id}). Восстановите журнал из резервной копии и расследуйте.',
  'audit.chain-head-mismatch':
    'Журнал аудита изменён: он заканчивается записью {seq}, а записано было {head}. Записи в конце удалены.',
  'audit.anchor-mismatch': 'Журнал аудита не совпадает с указанной опорной точкой: записи {seq} нет или её хеш другой.',
  'audit.unknown-action': 'Неизвестная команда аудита «{action}». Используйте «tirkeu audit verify».',
};
