// Signing on the pages with an SMS code (F5), the path that needs no JavaScript: a first press
// sends the code bound to the document's digest, the second signs with it. Used by applicants
// (their application, a deregistration) and by owners (consent). A code error stays next to the
// field; every other refusal goes to the error boundary.
import { html } from 'hono/html';
import { isAppError } from '../../../errors.ts';
import type { Language, MessageKey } from '../../../i18n/messages.ts';
import { translate } from '../../../i18n/messages.ts';
import type { Actor } from '../../../services/actor.ts';
import { requestSigningCode } from '../../../services/applications/signing-code.ts';
import type { ApplicationRecord } from '../../../services/applications/record.ts';
import type { SignatureProof } from '../../../services/applications/signature-proof.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { button, errorOf, type FormErrors, form, textField } from './components.ts';
import { edsForm } from './eds.ts';
import { isUuid } from '../../../domain/uuid.ts';

export interface CodeSent {
  challengeId: string;
  phone: string;
}

/** The signing form: "send me a code" first, then the code field with the challenge it answers. */
export function signingForm(
  lang: Language,
  o: {
    action: string;
    sent?: CodeSent | undefined;
    errors?: FormErrors;
    submitLabel?: string;
    /** The canonical text to sign (signingDocument): offers signing with an EDS file too. */
    eds?: string | undefined;
  },
) {
  const t = (key: MessageKey, params?: Record<string, string>) => translate(lang, key, params);
  const withFile = o.eds
    ? html`<details class="eds">
        <summary>${t('sign.with-certificate')}</summary>
        ${edsForm(lang, {
          action: o.action,
          content: o.eds,
          hidden: { step: 'cms' },
          submit: o.submitLabel ?? t('sign.submit'),
          error: errorOf(o.errors ?? [], 'p12'),
        })}
      </details>`
    : '';
  if (!o.sent) {
    return html`${form(o.action, [html`<input type="hidden" name="step" value="send" />`, button(t('sign.send-code'))])}
    ${withFile}`;
  }
  return html`${form(o.action, [
    html`<input type="hidden" name="step" value="sign" />
      <input type="hidden" name="challengeId" value="${o.sent.challengeId}" />
      <input type="hidden" name="phone" value="${o.sent.phone}" />`,
    textField(lang, {
      name: 'code',
      label: t('sign.code-label'),
      hint: t('sign.code-hint', { phone: o.sent.phone }),
      error: errorOf(o.errors ?? [], 'code'),
      inputmode: 'numeric',
      autocomplete: 'one-time-code',
      width: 'short',
      maxlength: 6,
    }),
    button(o.submitLabel ?? t('sign.submit')),
  ])}
  ${form(o.action, [
    html`<input type="hidden" name="step" value="send" />`,
    button(t('sign.new-code'), { kind: 'secondary' }),
  ])}
  ${withFile}`;
}

export type SigningStep =
  | { kind: 'code-sent'; sent: CodeSent }
  | { kind: 'signed'; record: ApplicationRecord }
  | { kind: 'invalid'; sent: CodeSent | undefined; errors: FormErrors };

/** Errors of a one-time code that belong next to the code field (signing and login pages). */
export const CODE_ERRORS = new Set([
  'otp-wrong-code',
  'otp-expired',
  'otp-attempts-exceeded',
  'otp-invalid',
  'otp-rate-limited',
  'rate-limited',
]);
const SIGNATURE_ERRORS = new Set([
  'signer-mismatch',
  'signature-invalid',
  'certificate-expired',
  'certificate-untrusted',
  'certificate-revoked',
  'certificate-key-usage',
  'certificate-no-iin',
  'signature-malformed',
]);

/** Handles a post of signingForm: sends a code, or signs with it through `complete`. */
export async function signingStep(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
  fields: Record<string, string>,
  complete: (proof: SignatureProof) => Promise<ApplicationRecord>,
): Promise<SigningStep> {
  if (fields['step'] === 'cms') {
    const cms = fields['cms'] ?? '';
    if (!cms)
      return { kind: 'invalid', sent: undefined, errors: [{ field: 'p12', key: 'login.certificate-needs-js' }] };
    try {
      return { kind: 'signed', record: await complete({ method: 'cms', cms }) };
    } catch (error) {
      // The signature's own refusals (expired, untrusted, revoked, another signer's) stay at the file field.
      if (!isAppError(error) || !SIGNATURE_ERRORS.has(error.code)) throw error;
      return { kind: 'invalid', sent: undefined, errors: [{ field: 'p12', key: error.code, params: error.params }] };
    }
  }
  // The code form being answered, when this post is one (its challenge comes back with it).
  const challengeId = fields['challengeId'] ?? '';
  const sent =
    fields['step'] === 'sign' && isUuid(challengeId) ? { challengeId, phone: fields['phone'] ?? '' } : undefined;
  try {
    if (fields['step'] !== 'sign') {
      const issued = await requestSigningCode(ctx, actor, applicationId);
      return { kind: 'code-sent', sent: { challengeId: issued.challengeId, phone: issued.phoneMasked } };
    }
    const code = fields['code'] ?? '';
    if (!sent) return { kind: 'invalid', sent, errors: [{ field: 'code', key: 'otp-invalid' }] };
    if (!/^[0-9]{6}$/.test(code))
      return { kind: 'invalid', sent, errors: [{ field: 'code', key: 'login.code-format' }] };
    return { kind: 'signed', record: await complete({ method: 'otp', challengeId, code }) };
  } catch (error) {
    if (!isAppError(error) || !CODE_ERRORS.has(error.code)) throw error;
    return { kind: 'invalid', sent, errors: [{ field: 'code', key: error.code, params: error.params }] };
  }
}
