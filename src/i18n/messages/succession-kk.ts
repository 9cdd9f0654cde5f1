import type { successionEn } from './succession-en.ts';

export const successionKk: Record<keyof typeof successionEn, string> = {
  'succession.unknown-ruleset': '«{id}» ережелер жинағы жоқ. Белгілілері: kz-pilot-2025.',
  'succession.not-later': '«{id}» ережелер жинағының жаңа аяқталу күні қазіргісінен кейін болуы керек.',
  'succession.self-replacement': '«{id}» ережелер жинағы өзін-өзі алмастыра алмайды.',
  'succession.unknown-action':
    '«{action}» деген ruleset командасы белгісіз. «tirkeu ruleset extend» немесе «tirkeu ruleset list» пайдаланыңыз.',
  'succession.invalid-date': '--{flag} ЖЖЖЖ-АА-КК түріндегі күн болуы керек.',
  'succession.invalid-act': '--act арқылы актінің атауы мен нөмірін көрсетіңіз (1–500 таңба).',
};
