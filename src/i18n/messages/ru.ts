import { certificateRu } from './certificate-ru.ts';
import { certificateDocumentRu } from './certificate-document-ru.ts';
import { decisionsRu } from './decisions-ru.ts';
import { serviceRu } from './service-ru.ts';
import { signaturesRu } from './signatures-ru.ts';
import type { Catalog } from './en.ts';
import { pagesRu } from './pages-ru.ts';
import { wizardRu } from './wizard-ru.ts';
import { ownerRu } from './owner-ru.ts';
import { consoleRu } from './console-ru.ts';
import { privacyRu } from './privacy-ru.ts';
import { boundaryRu } from './boundary-ru.ts';
import { deskRu } from './desk-ru.ts';
import { productionRu } from './production-ru.ts';
import { processesRu } from './processes-ru.ts';
import { accessRu } from './access-ru.ts';
import { revocationRu } from './revocation-ru.ts';
import { reliabilityRu } from './reliability-ru.ts';
import { successionRu } from './succession-ru.ts';
import { renamingRu } from './renaming-ru.ts';
import { civilRecordsRu } from './civil-records-ru.ts';
import { throttleRu } from './throttle-ru.ts';
import { formsRu } from './forms-ru.ts';
import { crossOriginRu } from './cross-origin-ru.ts';
import { certificatePagesRu } from './certificate-pages-ru.ts';
import { addressRu } from './address-ru.ts';
import { glossaryRu } from './glossary-ru.ts';
import { wizardStopRu } from './wizard-stop-ru.ts';
import { hallPrintRu } from './hall-print-ru.ts';
import { deadlineRu } from './deadline-ru.ts';
import { legalEntitiesRu } from './legal-entities-ru.ts';
import { licencesRu } from './licences-ru.ts';
import { paymentsRu } from './payments-ru.ts';
import { cadastrePagesRu } from './cadastre-pages-ru.ts';
import { cadastreNewObjectRu } from './cadastre-new-object-ru.ts';
import { caseDocumentsRu } from './case-documents-ru.ts';
import { casesRu } from './cases-ru.ts';
import { caseResultsRu } from './case-results-ru.ts';
import { identityDocumentsRu } from './identity-documents-ru.ts';
import { backofficeRu } from './backoffice-ru.ts';
import { analyticsRu } from './analytics-ru.ts';
import { restorationRu } from './restoration-ru.ts';

export const ru: Catalog = {
  ...decisionsRu,
  ...signaturesRu,
  ...serviceRu,
  ...certificateRu,
  ...certificateDocumentRu,
  ...pagesRu,
  ...wizardRu,
  ...ownerRu,
  ...consoleRu,
  ...privacyRu,
  ...boundaryRu,
  ...deskRu,
  ...productionRu,
  ...processesRu,
  ...accessRu,
  ...revocationRu,
  ...reliabilityRu,
  ...successionRu,
  ...renamingRu,
  ...civilRecordsRu,
  ...throttleRu,
  ...formsRu,
  ...crossOriginRu,
  ...certificatePagesRu,
  ...addressRu,
  ...glossaryRu,
  ...wizardStopRu,
  ...hallPrintRu,
  ...deadlineRu,
  ...legalEntitiesRu,
  ...licencesRu,
  ...paymentsRu,
  ...casesRu,
  ...caseResultsRu,
  ...identityDocumentsRu,
  ...backofficeRu,
  ...caseDocumentsRu,
  ...cadastrePagesRu,
  ...cadastreNewObjectRu,
  ...analyticsRu,
  ...restorationRu,
  'invalid-arguments': 'Неверная командная строка: {detail}',
  'unknown-command': 'Неизвестная команда «{command}». Список команд: «tirkeu help».',
  'invalid-config': 'Неверная настройка {variable}: {detail}',
  'database-unreachable': 'База данных недоступна ({target}). Проверьте DATABASE_URL и что сервер запущен.',
  'database-error': 'База данных отклонила операцию (SQLSTATE {sqlstate}). Ничего не изменено.',
  'internal-error': 'Внутренняя ошибка. Ничего не изменено. Номер обращения: {reference}.',
  'file-unreadable': 'Не удаётся прочитать файл {file}.',
  'target-not-empty':
    'В целевой базе уже есть данные реестров ({persons, number} лиц), записанные не этим запуском. Используйте пустую базу или те же --seed и --persons, чтобы продолжить.',
  'seed-already-complete': 'База уже содержит население с зерном {seed}: {persons, number} лиц.',
  'seed-conflict': 'В ту же базу пишет другой запуск генерации; этот остановлен. Записанные части сохранены.',
  'seed-resuming': 'Продолжение генерации {seed}: уже записано {done} из {total} частей.',
  'seed-finished': 'Создано {persons, number} лиц за {seconds} с ({rate, number} лиц/с) в {target}.',
  'seed-bulk-deferred':
    'Массовая загрузка: ключи и индексы таблиц реестров удалены; {count, number} команд построят их заново после загрузки.',
  'seed-bulk-rebuilt': 'Построено {done} из {total}: {name}',
  'seed-bulk-rebuild-finished': 'Ключи и индексы построены заново ({total} команд) за {seconds} с.',
  'scenario-not-found': 'В реестрах нет объекта «{what}» с таким идентификатором.',
  'unknown-ruleset': 'Набора правил «{id}» нет. Известные: kz-pilot-2025.',
  'invalid-json': 'Файл не является корректным JSON: {detail}',
  'unknown-field': 'Неизвестное поле «{field}».',
  'missing-field': 'Не заполнено обязательное поле.',
  'invalid-type': 'Неверный тип: ожидается {expected}.',
  'invalid-value': 'Недопустимое значение: {detail}',
  'invalid-date': 'Такой даты нет в календаре, или она записана не в виде ГГГГ-ММ-ДД.',
  'duplicate-key': 'Повтор ({what}): {key} встречается более одного раза.',
  'dangling-reference': 'Ссылка на {ref}, которого нет в «{collection}».',
  'implausible-birth-act':
    'Ребёнок ({child}) родился раньше родителя ({parent}) или менее чем через {minAge} лет после его рождения.',
  'arrival-after-date': 'Дата прибытия позже даты заявления: заявление подаётся после прибытия.',
  'implausible-period': 'Период заканчивается раньше, чем начинается.',
  'not-found': 'По этому адресу ничего нет.',
  'service-status': 'Tirkeu — электронная регистрация по месту жительства. Сервис работает.',
};
