import type { reliabilityEn } from './reliability-en.ts';

export const reliabilityKk: Record<keyof typeof reliabilityEn, string> = {
  'audit.chain-broken':
    'Аудит журналы өзгертілген: {seq} жазба (id {id}) өз хешіне сәйкес келмейді. Журналды сақтық көшірмеден қалпына келтіріп, тексеріңіз.',
  'audit.chain-gap':
    'Аудит журналы өзгертілген: {seq} орындағы жазба жоқ немесе ретімен тұрмаған (келесі жазба id {id}). Журналды сақтық көшірмеден қалпына келтіріп, тексеріңіз.',
  'audit.chain-head-mismatch':
    'Аудит журналы өзгертілген: ол {seq} жазбамен аяқталады, ал {head} жазба жазылған. Соңындағы жазбалар жойылған.',
  'audit.anchor-mismatch':
    'Аудит журналы көрсетілген тірек нүктеге сәйкес емес: {seq} жазба жоқ немесе оның хеші басқа.',
  'audit.unknown-action': '«{action}» аудит командасы белгісіз. «tirkeu audit verify» пайдаланыңыз.',
};
