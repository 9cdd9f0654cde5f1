// Messages of payments through the payment gateway (issue 17, docs/payments.md).
export const paymentsEn = {
  'payments-unavailable': 'Payment is not available at the moment. Nothing was charged; please try again later.',
  'payment.gateway-unavailable':
    'The payment system did not answer ({reason}). Nothing was charged; please try again later.',
  'payment.gateway-bad-answer':
    'The payment system gave an answer that cannot be read. Nothing was recorded; please try again later.',
  'payment.signature-invalid': 'This payment notice is not signed by the payment system. It was ignored.',
  'payment.callback-stale':
    'This payment notice was signed more than {seconds} seconds from now. It was ignored; the payment system sends a fresh one.',
  'payment.callback-invalid': 'This payment notice does not have the agreed form. It was ignored.',
  'payment.invoice-not-found': 'There is no such invoice.',
  'payment.invoice-mismatch':
    'The payment notice names another payment than the one this invoice was issued with. Nothing was changed.',
  'payment.amount-mismatch': 'The amount in the payment notice differs from the invoice. Nothing was changed.',
  'payment.invoice-closed':
    'The invoice is already {state, select, paid {paid} cancelled {cancelled} expired {expired} other {closed}}; this notice cannot change it.',
  'payment.no-fee': 'Nothing is to be paid for {variant} at this stage.',
  'payment.earlier-stage-unpaid': 'The first payment has to be made before the additional one.',
  'payment.not-paid': 'The fee has not been paid in full yet: the result is released after the payment.',
  'payment.price-not-configured':
    'The price {key} has not been set yet, and no invoice is issued at a placeholder price. Please try again later.',
  'payment.case-invalid': 'The case is not named correctly.',
  'payment.case-mismatch': 'This case already pays for another service.',
} as const;
