// How the back-office pages name the engine's codes: SLA bands in words and colour (never colour
// alone, WCAG 1.4.1), stages, steps, roles and the service's variant, all from the catalogs.
import { html } from 'hono/html';
import type { CaseState } from '../../../domain/cases/case.ts';
import type { SlaBand } from '../../../domain/cases/sla.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { Language, MessageKey, MessageParams } from '../../../i18n/messages.ts';
import { tag } from '../shared/components.ts';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

const SLA_TONES: Record<SlaBand, Parameters<typeof tag>[1]> = {
  overdue: 'red',
  'due-today': 'yellow',
  'on-time': 'green',
  'no-deadline': 'grey',
  closed: 'grey',
};

/** The band as a coloured tag that says it in words; the class names the band for tests and styles. */
export function slaTag(t: Translate, band: SlaBand) {
  return html`<span class="sla sla-${band}">${tag(t(`backoffice.sla.${band}` as MessageKey), SLA_TONES[band])}</span>`;
}

export function stateLabel(t: Translate, state: CaseState): string {
  return t(`backoffice.state.${state}` as MessageKey);
}

export function stepLabel(t: Translate, step: string | null): string {
  return step === null ? '—' : t(`backoffice.step.${step}` as MessageKey);
}

export function roleLabel(t: Translate, role: string): string {
  return t(`backoffice.role.${role}` as MessageKey);
}

/** DD.MM.YYYY, or a dash where the sources state no date. */
export function dateOf(date: string | null): string {
  return date === null ? '—' : displayDate(date);
}

export function nameIn(lang: Language, name: Readonly<Record<Language, string>> | undefined, fallback: string): string {
  return name?.[lang] ?? fallback;
}
