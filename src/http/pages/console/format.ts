// Small pieces the console pages share: yes/no answers, the state tags, the
// words for the relation options (relation-options.ts).
import type { State } from '../../../domain/lifecycle/states.ts';
import type { MessageKey, MessageParams } from '../../../i18n/messages.ts';
import type { ApplicationRecord } from '../../../services/applications/record.ts';
import { STATE_TONES, tag } from '../shared/components.ts';
import type { RelationOption } from '../shared/relation-options.ts';

type T = (key: MessageKey, params?: MessageParams) => string;

export function yesNo(t: T, value: boolean): string {
  return t(value ? 'console.yes' : 'console.no');
}

/**
 * A state in the console's words: the citizen pages word the signature for the applicant ("your
 * signature"); an operator reads whose signature is awaited (issue 22, finding 7).
 */
export function stateLabel(t: T, state: State): string {
  return state === 'signature-pending' ? t('console.state.signature-pending') : t(`state.${state}`);
}

export function stateTag(t: T, state: State) {
  return tag(stateLabel(t, state), STATE_TONES[state]);
}

/** The console's words for an option of the relation question. */
export function relationLabel(t: T, option: RelationOption): string {
  return t(`console.relation.${option}` as MessageKey);
}

/** A fact of the decision trace or the audit trail as one short line of text. */
export function factText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value.map((v) => (v !== null && typeof v === 'object' ? `(${factText(v)})` : factText(v))).join(', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${factText(v)}`)
      .join('; ');
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '—';
}

/** The dwelling's address as the rules found it (I8 trace), with its РКА; the РКА alone before. */
export function addressOf(app: ApplicationRecord): string {
  const found = app.decision?.trace.find((e) => e.check === 'dwelling-found')?.facts['address'];
  if (!app.rka) return '—';
  return typeof found === 'string' ? `${found} (${app.rka})` : app.rka;
}
