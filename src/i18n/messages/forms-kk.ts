// Әр өріс пен әр қате түріне бір нақты хабар (issue 22, 5-тармақ).
import type { formsEn } from './forms-en.ts';

export const formsKk: Record<keyof typeof formsEn, string> = {
  'form.iin.missing-yours': 'ЖСН-іңізді енгізіңіз',
  'form.iin.missing-owner': 'Меншік иесінің ЖСН-ін енгізіңіз',
  'form.iin.digits-only': 'ЖСН тек 0–9 цифрларынан тұрады',
  'form.iin.length': 'ЖСН 12 цифрдан тұрады',
  'form.date.typed-hint': 'Мысалы, 01.12.2025',
  'form.date.day': 'Күні',
  'form.date.month': 'Айы',
  'form.date.year': 'Жылы',
  'form.arrival-date.hint': 'Мысалы, 27 3 {year}',
  'form.arrival-date.missing': 'Келген күніңізді енгізіңіз',
  'form.arrival-date.day-missing': 'Келген күнде күні жоқ',
  'form.arrival-date.month-missing': 'Келген күнде айы жоқ',
  'form.arrival-date.year-missing': 'Келген күнде жылы жоқ',
  'form.arrival-date.numbers': 'Келген күн тек цифрлармен енгізіледі',
  'form.arrival-date.year-four-digits': 'Жыл төрт цифрмен енгізіледі',
  'form.arrival-date.impossible': 'Мұндай күн жоқ: күні мен айын тексеріңіз',
  'form.arrival-date.future': 'Келген күн бүгіннен кейін бола алмайды',
  'form.arrival-date.too-early': 'Келген күн 1900 жылғы 1 қаңтардан кейін болуы керек',
  'form.arrival.reason-missing': 'Келу себебін таңдаңыз',
  'form.about.education-missing': 'Біліміңізді таңдаңыз',
  'form.about.occupation-missing': 'Қызметіңізді таңдаңыз',
  'form.about.family-missing': 'Отбасы жағдайыңызды таңдаңыз',
  'form.owner.choice-missing': 'Тұрғын үйдің меншік иесі кім екенін таңдаңыз',
  'verify.number-missing': 'Анықтама нөмірін енгізіңіз',
};
