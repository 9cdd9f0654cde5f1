// S9a: описание нового объекта на страницах подачи (issue 17 item 5, 004 cl.4).
import type { cadastreNewObjectEn } from './cadastre-new-object-en.ts';

export const cadastreNewObjectRu: Record<keyof typeof cadastreNewObjectEn, string> = {
  'cadastre.new-describe-title': 'Какой адрес у нового объекта?',
  'cadastre.new-describe-hint':
    'Перепишите его из адресной справки нового здания. В кадастре объект будет записан по этому адресу.',
  'cadastre.new-city-label': 'Город или район',
  'cadastre.new-city-choose': 'Выберите город или район',
  'cadastre.new-street-label': 'Улица',
  'cadastre.new-street-hint': 'Как в адресной справке, например Жаңа көше',
  'cadastre.new-street-invalid': 'Введите название улицы без номера дома и квартиры',
  'cadastre.new-house-label': 'Номер дома',
  'cadastre.new-house-hint': 'Только цифры, например 12',
  'cadastre.new-house-invalid': 'Введите номер дома цифрами, например 12',
  'cadastre.new-flat-label': 'Номер квартиры или помещения (если есть)',
  'cadastre.new-flat-hint': 'Оставьте пустым для здания целиком',
  'cadastre.new-flat-invalid': 'Введите номер квартиры цифрами, например 61, или оставьте пустым',
  'cadastre.new-rka-label': 'Регистрационный код адреса',
  'cadastre.new-rka-hint': '16 цифр, указан в адресной справке',
  'cadastre.new-area-hint': 'Общая площадь из акта ввода в эксплуатацию, в квадратных метрах, например 86,5.',
  'cadastre.new-owners-title': 'Кто владеет новым объектом?',
  'cadastre.new-owners-hint':
    'Укажите всех, кто назван собственником в правоустанавливающих документах. Сумма долей — весь объект.',
  'cadastre.new-my-share-label': 'Ваша доля',
  'cadastre.new-share-hint': 'Дробью: 1/1, если вы единственный владелец, 1/2 — половина',
  'cadastre.new-others-heading': 'Другие владельцы',
  'cadastre.new-others-hint': 'Оставьте пустым, если вы единственный владелец.',
  'cadastre.new-other-iin-label': 'ИИН владельца {n}',
  'cadastre.new-other-share-label': 'Доля владельца {n}',
  'cadastre.new-owners-share': 'Введите долю дробью, например 1/2',
  'cadastre.new-owners-iin': 'Введите ИИН из 12 цифр, как в удостоверении личности',
  'cadastre.new-owners-duplicate': 'Каждого владельца указывают один раз',
  'cadastre.new-owners-total': 'Сумма долей всех владельцев должна составлять весь объект (1/1)',
  'cadastre.new-owner-you': 'Вы — {share}',
  'cadastre.check-new-address': 'Адрес',
  'cadastre.check-owners': 'Владельцы',
  'cadastre.new-object-invalid': 'Описание нового объекта неполное. Проверьте адрес и владельцев.',
};
