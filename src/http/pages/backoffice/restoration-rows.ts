// What an S7 case holds from its ЦОН intake (003 ¶B2), as rows of a summary list: the record to
// restore and when it was registered, the state duty or its exemption, and the documents accepted.
// The ЦОН's receipt and the ЗАГС employee's request page both show them; no IIN is shown.
import { html } from 'hono/html';
import type { CaseFacts } from '../../../domain/cases/case.ts';
import type { RecordedDuty } from '../../../domain/cases/civil-act.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { SummaryRow } from '../shared/components.ts';
import { dateOf, type Translate } from './format.ts';

/** Tiyn as tenge, grouped by thin spaces as the other pages write sums. */
function tenge(tiyn: number): string {
  return (tiyn / 100).toLocaleString('ru-RU').replace(/\u00a0/g, ' ');
}

export function dutyText(t: Translate, duty: RecordedDuty): string {
  if (duty.kind === 'due') {
    const due = t('restoration.duty.due', { amount: tenge(duty.tiyn), year: duty.mrpYear });
    return duty.placeholder ? `${due}. ${t('restoration.duty.placeholder')}` : due;
  }
  const exemption = duty.exemption;
  return exemption.ground === 'registration-error'
    ? t('restoration.duty.exempt.registration-error')
    : t('restoration.duty.exempt.birth-certificate-status', {
        status: t(`restoration.status.${exemption.status}` as MessageKey),
      });
}

export function documentTitle(t: Translate, id: string): string {
  return t(`restoration.document.${id}` as MessageKey);
}

/** The intake's rows, or none for a case of another service. */
export function restorationRows(t: Translate, facts: CaseFacts): SummaryRow[] {
  const r = facts.restoration;
  if (!r) return [];
  return [
    { key: t('restoration.field.act'), value: t(`restoration.act.${r.act.type}`) },
    { key: t('restoration.field.registered'), value: dateOf(r.recordRegistered) },
    { key: t('restoration.duty'), value: dutyText(t, r.duty) },
    {
      key: t('restoration.documents'),
      value: html`<ul>
        ${r.documents.map((id) => html`<li>${documentTitle(t, id)}</li>`)}
      </ul>`,
    },
  ];
}
