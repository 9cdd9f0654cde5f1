// Сообщения об оплате через платёжный шлюз (issue 17, docs/payments.md).
import type { paymentsEn } from './payments-en.ts';

export const paymentsRu: Record<keyof typeof paymentsEn, string> = {
  'payments-unavailable': 'Оплата сейчас недоступна. Деньги не списаны; попробуйте позже.',
  'payment.gateway-unavailable': 'Платёжная система не ответила ({reason}). Деньги не списаны; попробуйте позже.',
  'payment.gateway-bad-answer': 'Ответ платёжной системы не удалось прочитать. Ничего не записано; попробуйте позже.',
  'payment.signature-invalid': 'Это уведомление об оплате не подписано платёжной системой. Оно не принято.',
  'payment.callback-stale':
    'Это уведомление об оплате подписано более чем за {seconds} секунд от текущего времени. Оно не принято; платёжная система пришлёт новое.',
  'payment.callback-invalid': 'Уведомление об оплате не соответствует согласованному виду. Оно не принято.',
  'payment.invoice-not-found': 'Такого счёта нет.',
  'payment.invoice-mismatch':
    'В уведомлении об оплате указан другой платёж, чем тот, с которым выставлен счёт. Ничего не изменено.',
  'payment.amount-mismatch': 'Сумма в уведомлении об оплате не совпадает со счётом. Ничего не изменено.',
  'payment.invoice-closed':
    'Счёт уже {state, select, paid {оплачен} cancelled {отменён} expired {просрочен} other {закрыт}}; это уведомление не может его изменить.',
  'payment.no-fee': 'За {variant} на этом этапе платить нечего.',
  'payment.earlier-stage-unpaid': 'Сначала нужно внести первый платёж, затем доплату.',
  'payment.not-paid': 'Услуга ещё не оплачена полностью: результат выдаётся после оплаты.',
  'payment.price-not-configured':
    'Цена {key} ещё не установлена, а по условной цене счёт не выставляется. Попробуйте позже.',
  'payment.case-invalid': 'Дело указано неверно.',
  'payment.case-mismatch': 'По этому делу уже оплачивается другая услуга.',
};
