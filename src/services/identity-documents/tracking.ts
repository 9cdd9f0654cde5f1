// "Where is my document" (S1, 002 R1 App1): the applicant follows the case through the chain,
// each step with its unit and due day (chainOf); a supervisor sees the overdue steps of the cases
// accepted in the region, by the unit that holds them, and the wanted-persons alerts of the
// office. Overdue is the engine's band (sla.ts): today after the step's due day.
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { dateInAstana, type IsoDate } from '../../domain/dates.ts';
import { machineOf } from '../../domain/cases/machine.ts';
import { todayInAstana } from '../../domain/cases/open.ts';
import { slaOf } from '../../domain/cases/sla.ts';
import { caseStepOffice, regionOf } from '../../domain/cases/units.ts';
import { type ChainStepView, chainOf, readyOnOf } from '../../domain/identity-documents/s1.ts';
import type { Urgency } from '../../domain/public-services/definition.ts';
import type { Case, CaseState } from '../../domain/cases/case.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { caseNumber, toCase } from '../cases/record.ts';
import type { ServiceContext } from '../context.ts';

export interface DocumentTracking {
  readonly id: string;
  readonly number: string;
  readonly state: CaseState;
  readonly urgency: Urgency;
  readonly documentKind: 'passport' | 'id-card';
  readonly acceptedOn: IsoDate;
  readonly office: string;
  /** 003 ¶B5: the ЦОН where the document is issued, and the day it is due there. */
  readonly issueOffice: string;
  readonly readyOn: IsoDate | null;
  readonly chain: readonly ChainStepView[];
}

/** The chain of an S1 case on `today`, each done step with the day its event was recorded. */
export async function chainFor(db: Kysely<Schema>, kase: Case, today: IsoDate): Promise<ChainStepView[]> {
  const events = await db
    .selectFrom('case_events')
    .select(['step', 'at'])
    .where('case_id', '=', kase.id)
    .where('event', '=', 'complete-step')
    .orderBy('seq')
    .execute();
  const doneOn = new Map(events.flatMap((e) => (e.step === null ? [] : [[e.step, dateInAstana(e.at)] as const])));
  return chainOf(machineOf(kase), kase, doneOn, today);
}

/** The applicant's S1 cases, newest first, each with its chain. */
export async function myDocuments(ctx: ServiceContext, actor: Actor): Promise<DocumentTracking[]> {
  if (actor.kind !== 'citizen') throw new AppError('forbidden');
  const rows = await ctx.database.db
    .selectFrom('cases')
    .innerJoin('identity_document_files as f', 'f.case_id', 'cases.id')
    .selectAll('cases')
    .select('f.document_kind')
    .where('applicant_iin', '=', actor.iin)
    .where('service', '=', 'S1')
    .orderBy('created_at', 'desc')
    .execute();
  const today = todayInAstana(ctx.clock.now());
  const out: DocumentTracking[] = [];
  for (const row of rows) {
    const { case: kase, number } = toCase(row);
    const chain = await chainFor(ctx.database.db, kase, today);
    out.push({
      id: kase.id,
      number: caseNumber(number),
      state: kase.state,
      urgency: kase.facts.urgency ?? 'general',
      documentKind: row.document_kind,
      acceptedOn: kase.acceptedOn,
      office: kase.office,
      issueOffice: kase.facts.issueOffice ?? kase.office,
      readyOn: readyOnOf(chain),
      chain,
    });
  }
  return out;
}

export interface OverdueStep {
  readonly number: string;
  readonly step: string;
  readonly stepDueOn: IsoDate;
  readonly urgency: Urgency;
}

export interface UnitOverdue {
  /** The unit that holds the step (units.ts) and its role. */
  readonly office: string;
  readonly role: string;
  readonly steps: readonly OverdueStep[];
}

export interface SupervisorView {
  readonly region: string;
  readonly units: readonly UnitOverdue[];
  readonly alerts: readonly { readonly number: string; readonly kind: 'wanted-hit'; readonly at: Date }[];
}

/** A ЦОН supervisor's view of S1: overdue steps of the region's cases by unit; the office's alerts. */
export async function supervisorOverview(ctx: ServiceContext, actor: Actor): Promise<SupervisorView> {
  if (actor.kind !== 'operator' || actor.role !== 'supervisor') throw new AppError('operator-only');
  const region = regionOf(actor.office);
  const today = todayInAstana(ctx.clock.now());
  const rows = await ctx.database.db
    .selectFrom('cases')
    .selectAll()
    .where('service', '=', 'S1')
    .where('step_role', 'is not', null)
    .where('step_due_on', '<', today)
    .where((w) => w.or([w('office', '=', region), w('office', 'like', `${region}-%`)]))
    .orderBy('step_due_on')
    .orderBy('number')
    .execute();
  const units = new Map<string, { office: string; role: string; steps: OverdueStep[] }>();
  for (const row of rows) {
    const { case: kase, number } = toCase(row);
    if (slaOf(kase, today).step.band !== 'overdue' || kase.currentStep === null) continue;
    const step = machineOf(kase).steps.find((s) => s.id === kase.currentStep);
    const office = caseStepOffice(kase, step);
    const role = step?.actor ?? '';
    const key = `${office}\u0000${role}`;
    const unit = units.get(key) ?? { office, role, steps: [] };
    unit.steps.push({
      number: caseNumber(number),
      step: kase.currentStep,
      stepDueOn: kase.stepDueOn ?? today,
      urgency: kase.facts.urgency ?? 'general',
    });
    units.set(key, unit);
  }
  const alerts = await ctx.database.db
    .selectFrom('case_alerts')
    .innerJoin('cases', 'cases.id', 'case_alerts.case_id')
    .select(['cases.number', 'case_alerts.kind', 'case_alerts.created_at'])
    .where('case_alerts.office', '=', actor.office)
    .where('case_alerts.acknowledged_at', 'is', null)
    .orderBy('case_alerts.created_at')
    .execute();
  return {
    region,
    units: [...units.values()].sort((a, b) => (a.office < b.office ? -1 : a.office > b.office ? 1 : 0)),
    alerts: alerts.map((a) => ({ number: caseNumber(Number(a.number)), kind: a.kind, at: a.created_at })),
  };
}
