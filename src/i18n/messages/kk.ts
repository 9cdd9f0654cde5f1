import { certificateKk } from './certificate-kk.ts';
import { certificateDocumentKk } from './certificate-document-kk.ts';
import { decisionsKk } from './decisions-kk.ts';
import { serviceKk } from './service-kk.ts';
import { signaturesKk } from './signatures-kk.ts';
import type { Catalog } from './en.ts';
import { pagesKk } from './pages-kk.ts';
import { wizardKk } from './wizard-kk.ts';
import { ownerKk } from './owner-kk.ts';
import { consoleKk } from './console-kk.ts';
import { privacyKk } from './privacy-kk.ts';
import { boundaryKk } from './boundary-kk.ts';
import { deskKk } from './desk-kk.ts';
import { productionKk } from './production-kk.ts';
import { processesKk } from './processes-kk.ts';
import { accessKk } from './access-kk.ts';
import { revocationKk } from './revocation-kk.ts';
import { reliabilityKk } from './reliability-kk.ts';
import { successionKk } from './succession-kk.ts';
import { renamingKk } from './renaming-kk.ts';
import { civilRecordsKk } from './civil-records-kk.ts';
import { throttleKk } from './throttle-kk.ts';
import { formsKk } from './forms-kk.ts';
import { crossOriginKk } from './cross-origin-kk.ts';
import { certificatePagesKk } from './certificate-pages-kk.ts';
import { addressKk } from './address-kk.ts';
import { glossaryKk } from './glossary-kk.ts';
import { wizardStopKk } from './wizard-stop-kk.ts';
import { hallPrintKk } from './hall-print-kk.ts';
import { deadlineKk } from './deadline-kk.ts';
import { legalEntitiesKk } from './legal-entities-kk.ts';
import { licencesKk } from './licences-kk.ts';
import { paymentsKk } from './payments-kk.ts';
import { cadastrePagesKk } from './cadastre-pages-kk.ts';
import { cadastreNewObjectKk } from './cadastre-new-object-kk.ts';
import { caseDocumentsKk } from './case-documents-kk.ts';
import { casesKk } from './cases-kk.ts';
import { caseResultsKk } from './case-results-kk.ts';
import { identityDocumentsKk } from './identity-documents-kk.ts';
import { backofficeKk } from './backoffice-kk.ts';
import { analyticsKk } from './analytics-kk.ts';
import { restorationKk } from './restoration-kk.ts';

export const kk: Catalog = {
  ...decisionsKk,
  ...signaturesKk,
  ...serviceKk,
  ...certificateKk,
  ...certificateDocumentKk,
  ...pagesKk,
  ...wizardKk,
  ...ownerKk,
  ...consoleKk,
  ...privacyKk,
  ...boundaryKk,
  ...deskKk,
  ...productionKk,
  ...processesKk,
  ...accessKk,
  ...revocationKk,
  ...reliabilityKk,
  ...successionKk,
  ...renamingKk,
  ...civilRecordsKk,
  ...throttleKk,
  ...formsKk,
  ...crossOriginKk,
  ...certificatePagesKk,
  ...addressKk,
  ...glossaryKk,
  ...wizardStopKk,
  ...hallPrintKk,
  ...deadlineKk,
  ...legalEntitiesKk,
  ...licencesKk,
  ...paymentsKk,
  ...casesKk,
  ...caseResultsKk,
  ...identityDocumentsKk,
  ...backofficeKk,
  ...caseDocumentsKk,
  ...cadastrePagesKk,
  ...cadastreNewObjectKk,
  ...analyticsKk,
  ...restorationKk,
  'invalid-arguments': 'Пәрмен жолы қате: {detail}',
  'unknown-command': '«{command}» деген пәрмен жоқ. Пәрмендер тізімі: «tirkeu help».',
  'invalid-config': '{variable} баптауы қате: {detail}',
  'database-unreachable':
    'Дерекқорға қосылу мүмкін емес ({target}). DATABASE_URL мәнін және сервердің жұмыс істеп тұрғанын тексеріңіз.',
  'database-error': 'Дерекқор әрекетті қабылдамады (SQLSTATE {sqlstate}). Ештеңе өзгертілген жоқ.',
  'internal-error': 'Ішкі қате орын алды. Ештеңе өзгертілген жоқ. Өтініш нөмірі: {reference}.',
  'file-unreadable': '{file} файлын оқу мүмкін емес.',
  'target-not-empty':
    'Мақсатты дерекқорда осы іске қосу жазбаған тізілім деректері бар ({persons, number} адам). Бос дерекқорды пайдаланыңыз немесе жалғастыру үшін сол --seed және --persons мәндерін беріңіз.',
  'seed-already-complete': 'Дерекқорда {seed} тұқымымен жасалған {persons, number} адам бар.',
  'seed-conflict': 'Сол дерекқорға басқа генерация жазып жатыр; бұл іске қосу тоқтатылды. Жазылған бөліктер сақталды.',
  'seed-resuming': '{seed} генерациясы жалғасуда: {total} бөліктің {done} бөлігі жазылған.',
  'seed-finished': '{target} ішіне {seconds} с ішінде {persons, number} адам жасалды ({rate, number} адам/с).',
  'seed-bulk-deferred':
    'Жаппай жүктеу: тізілім кестелерінің кілттері мен индекстері жойылды; жүктеуден кейін оларды {count, number} команда қайта құрады.',
  'seed-bulk-rebuilt': '{total} ішінен {done} құрылды: {name}',
  'seed-bulk-rebuild-finished': 'Кілттер мен индекстер {seconds} с ішінде қайта құрылды ({total} команда).',
  'scenario-not-found': 'Тізілімдерде мұндай сәйкестендіргіші бар «{what}» жоқ.',
  'unknown-ruleset': '«{id}» деген ережелер жинағы жоқ. Белгілілері: kz-pilot-2025.',
  'invalid-json': 'Файл дұрыс JSON емес: {detail}',
  'unknown-field': '«{field}» деген белгісіз өріс.',
  'missing-field': 'Міндетті өріс толтырылмаған.',
  'invalid-type': 'Түрі қате: {expected} күтіледі.',
  'invalid-value': 'Мәні жарамсыз: {detail}',
  'invalid-date': 'ЖЖЖЖ-АА-КК түріндегі нақты күнтізбелік күн емес.',
  'duplicate-key': 'Қайталану ({what}): {key} бірнеше рет кездеседі.',
  'dangling-reference': '«{collection}» ішінде жоқ {ref} нысанына сілтеме.',
  'implausible-birth-act':
    'Бала ({child}) ата-анасынан ({parent}) бұрын немесе ол туғаннан кейін {minAge} жылдан аз уақытта туған.',
  'arrival-after-date': 'Келген күн өтініш берілген күннен кейін: өтініш келгеннен кейін беріледі.',
  'implausible-period': 'Кезең басталмай тұрып аяқталады.',
  'not-found': 'Бұл мекенжайда ештеңе жоқ.',
  'service-status': 'Tirkeu — тұрғылықты жері бойынша электрондық тіркеу. Қызмет жұмыс істеп тұр.',
};
