// Small pieces the console pages share: the РКА format, yes/no answers, the state tags, the
// relations an applicant may state (the relation schema of scenario files and the API).
import type { Claim } from '../../domain/decision/types.ts';
import type { State } from '../../domain/lifecycle/states.ts';
import type { MessageKey, MessageParams } from '../../i18n/messages.ts';
import type { ApplicationRecord } from '../../services/applications/record.ts';
import { STATE_TONES, tag } from './components.ts';

type T = (key: MessageKey, params?: MessageParams) => string;

/** РКА: the 16-digit code of the address register. */
export function isRka(value: string): boolean {
  return /^[0-9]{16}$/.test(value);
}

export function yesNo(t: T, value: boolean): string {
  return t(value ? 'console.yes' : 'console.no');
}

export function stateTag(t: T, state: State) {
  return tag(t(`state.${state}`), STATE_TONES[state]);
}

/**
 * What the applicant may state to the owner (P5, P6), as option values: the relation schema's
 * kinds, with the parent or side folded in ("sibling-half.mother"), and "none".
 */
export const RELATION_OPTIONS = [
  'none',
  'child',
  'parent',
  'spouse',
  'sibling-full',
  'sibling-half.mother',
  'sibling-half.father',
  'grandparent.mother',
  'grandparent.father',
  'grandchild.mother',
  'grandchild.father',
  'in-law',
  'student',
] as const;
export type RelationOption = (typeof RELATION_OPTIONS)[number];

export function isRelationOption(value: string): value is RelationOption {
  return (RELATION_OPTIONS as readonly string[]).includes(value);
}

export function claimOf(option: RelationOption): Claim {
  const [kind, side] = option.split('.') as [string, 'mother' | 'father' | undefined];
  if (kind === 'sibling-half') return { kind, parent: side! };
  if (kind === 'grandparent' || kind === 'grandchild') return { kind, side: side! };
  return { kind } as Claim;
}

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
