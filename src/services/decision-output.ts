// A decision as scenario.md's output JSON (with its message in kk, ru and en), or as text in one
// language for people reading it in a terminal.
import { arrivalWindowOf } from '../domain/decision/arrival.ts';
import type { Decision, TraceEntry } from '../domain/decision/types.ts';
import { KZ_PILOT_2025, RULESETS } from '../domain/rulesets.ts';
import { type Language, LANGUAGES, type Localized, type MessageKey, translate } from '../i18n/messages.ts';

export interface DecisionJson {
  outcome: Decision['outcome'];
  basis: Decision['basis'];
  reasons: Decision['reasons'];
  hints: string[];
  notices: Decision['notices'];
  next: Decision['next'];
  ruleset: { id: string; version: string; inForce: boolean };
  trace: TraceEntry[];
  message: Localized;
  members?: MemberJson[];
}

/** A member's decision (I7): the same shape with the member's IIN. */
export type MemberJson = DecisionJson & { iin: string };

export function relationKey(label: string): MessageKey {
  return `relation.${label.replace(':', '.')}` as MessageKey;
}

export function decisionMessage(decision: Decision, lang: Language): string {
  const { key, params } = decision.explanation;
  const relation = typeof params['relation'] === 'string' ? params['relation'] : undefined;
  const localized = relation ? { ...params, relationName: translate(lang, relationKey(relation)) } : params;
  let text = translate(lang, `decision.${key}` as MessageKey, localized);
  if (decision.hints.length > 0) {
    const relations = decision.hints.map((h) => translate(lang, relationKey(h))).join(', ');
    text += ` ${translate(lang, 'decision.hint', { relations })}`;
  }
  // F4: a late filing is said, the registration goes ahead.
  for (const notice of decision.notices ?? [])
    text += ` ${translate(lang, `decision.notice.${notice}`, arrivalWindowOf(decision))}`;
  if (decision.ruleset.inForce) return text;
  const ruleset = RULESETS.find((r) => r.id === decision.ruleset.id) ?? KZ_PILOT_2025;
  const note = translate(lang, 'decision.ruleset-outside-validity', {
    id: ruleset.id,
    from: ruleset.validFrom,
    to: ruleset.validTo,
  });
  return `${text} ${note}`;
}

export function decisionJson(decision: Decision): DecisionJson {
  const message = Object.fromEntries(LANGUAGES.map((lang) => [lang, decisionMessage(decision, lang)])) as Localized;
  return {
    outcome: decision.outcome,
    basis: decision.basis,
    reasons: decision.reasons,
    hints: decision.hints,
    // Decisions stored before F4 was carried have no notices: none.
    notices: decision.notices ?? [],
    next: decision.next,
    ruleset: decision.ruleset,
    trace: decision.trace,
    message,
    ...(decision.members ? { members: decision.members.map((m) => ({ iin: m.subject, ...decisionJson(m) })) } : {}),
  };
}

function traceLine(entry: TraceEntry): string {
  const facts = Object.entries(entry.facts)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  return `  ${entry.clause.padEnd(8)} ${entry.check.padEnd(30)} → ${entry.result}${facts ? `   (${facts})` : ''}`;
}

/** The decision in one language: outcome, explanation, then every check with its clause. */
export function decisionText(decision: Decision, lang: Language, heading = ''): string {
  const status = [decision.outcome, decision.basis ?? decision.reasons[0] ?? ''].filter(Boolean).join(' · ');
  const lines = [
    `${heading}${status}`,
    decisionMessage(decision, lang),
    ...(decision.hints.length > 0 ? [`hints: ${decision.hints.join(', ')}`] : []),
    ...((decision.notices ?? []).length > 0 ? [`notices: ${decision.notices.join(', ')}`] : []),
    `next: ${decision.next}   ruleset: ${decision.ruleset.id} ${decision.ruleset.version}`,
    'trace:',
    ...decision.trace.map(traceLine),
  ];
  for (const member of decision.members ?? []) lines.push('', decisionText(member, lang, `member ${member.subject}: `));
  return lines.join('\n');
}
