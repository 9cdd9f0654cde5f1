// Decides an application the same way everywhere: choose the ruleset (§0), load the facts
// through the registry ports (SQL or a scenario file), then run the pure rules.
import type { IsoDate } from '../domain/dates.ts';
import { decide } from '../domain/decision/decide.ts';
import type { Application, Decision } from '../domain/decision/types.ts';
import { type FactView, indexFacts } from '../domain/fact-index.ts';
import type { RegistryDataset } from '../domain/registry-facts.ts';
import type { RulesetSuccession } from '../domain/ruleset-succession.ts';
import { chooseRuleset, effectiveParams, type RulesetParams } from '../domain/rulesets.ts';
import { AppError } from '../errors.ts';
import { type Consulted, consultedRegistries } from '../registries/consulted.ts';
import { loadFacts } from '../registries/fact-loader.ts';
import type { Registries } from '../registries/ports.ts';

export interface DecisionRequest {
  date: IsoDate;
  ruleset?: string | undefined;
  config?: Partial<RulesetParams>;
  /** §0: the recorded ruleset successions (none when deciding a scenario file without a database). */
  successions?: readonly RulesetSuccession[];
  application: Application;
}

export async function decideApplication(registries: Registries, request: DecisionRequest): Promise<Decision> {
  return (await decideWithFacts(registries, request)).decision;
}

/**
 * The decision with the facts it was made on (as loaded, and indexed as the rules read them), so a
 * caller can reuse them instead of asking again, and whom each registry was asked about (for the
 * personal-data access log, issue 13).
 */
export async function decideWithFacts(
  registries: Registries,
  request: DecisionRequest,
): Promise<{ decision: Decision; facts: RegistryDataset; view: FactView; consulted: Consulted[] }> {
  const choice = chooseRuleset(request.date, request.ruleset, request.successions);
  if (!choice.ok) throw new AppError('unknown-ruleset', { id: choice.id }, { path: '/ruleset' });
  const { application: app } = request;
  const people = [app.applicant, app.owner, app.representative, ...(app.members ?? [])].filter(
    (x): x is string => x !== undefined,
  );
  const tracked = consultedRegistries(registries);
  const facts = await loadFacts(tracked.registries, { date: request.date, rka: app.rka, people });
  const view = indexFacts(facts);
  const decision = decide({
    ruleset: choice.ruleset,
    params: effectiveParams(choice.ruleset, request.config),
    inForce: choice.inForce,
    extendedBy: choice.extendedBy,
    facts: view,
    application: app,
    date: request.date,
  });
  return { decision, facts, view, consulted: tracked.consulted() };
}
