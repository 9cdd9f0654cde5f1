// Whose personal data an application shows: everyone it names (applicant, owner, representative,
// members, the deregistered person, the owners asked for consent), and for a trace view also the
// people the rules' decision names in its checks (a spouse, a parent, a registered resident).
import type { Decision } from '../../domain/decision/types.ts';
import { isValidIin } from '../../domain/iin.ts';
import type { ApplicationRecord } from '../applications/record.ts';

export function applicationSubjects(app: ApplicationRecord, options: { withDecision?: boolean } = {}): string[] {
  const p = app.payload;
  const named = [
    app.applicant,
    app.owner,
    app.representative,
    p.person,
    ...(p.members ?? []),
    ...(p.consenters ?? []).flatMap((c) => [c.owner, c.answerer]),
  ];
  const traced = options.withDecision && app.decision ? decisionSubjects(app.decision) : [];
  return [...new Set([...named, ...traced].filter((x): x is string => typeof x === 'string' && x !== ''))];
}

/** The IINs the decision's trace shows (its facts carry them as 12-digit strings). */
function decisionSubjects(decision: Decision): string[] {
  const found = JSON.stringify(decision).match(/(?<!\d)\d{12}(?!\d)/g) ?? [];
  return found.filter(isValidIin);
}
