// A case as stored (migration 0015) and as the engine reads it (src/domain/cases/case.ts).
import type { Selectable } from 'kysely';
import { jsonText } from '../../db/json-column.ts';
import type { Schema } from '../../db/schema.ts';
import type { Case } from '../../domain/cases/case.ts';
import type { CaseMachine } from '../../domain/cases/machine.ts';
import { stepOf } from '../../domain/cases/machine.ts';

export type CaseRow = Selectable<Schema['cases']>;

/** A stored case with its number, which the applicant's messages name. */
export interface CaseRecord {
  readonly case: Case;
  readonly number: number;
  readonly filedAt: Date;
}

export function toCase(row: CaseRow): CaseRecord {
  return {
    number: Number(row.number),
    filedAt: row.filed_at,
    case: {
      id: row.id,
      service: row.service,
      variant: row.variant,
      definitionVersion: row.definition_version,
      state: row.state,
      currentStep: row.current_step,
      applicant: row.applicant_iin,
      office: row.office,
      channel: row.channel,
      filedOn: row.filed_on,
      acceptedOn: row.accepted_on,
      dueOn: row.due_on,
      stepDueOn: row.step_due_on,
      facts: row.facts,
      procedure: row.procedure,
      version: row.version,
    },
  };
}

/** The columns a move changes; `step_role` is the current step's actor (the queue it is in). */
export function changedColumns(machine: CaseMachine, kase: Case, at: Date) {
  return {
    state: kase.state,
    current_step: kase.currentStep,
    step_role: stepOf(machine, kase.currentStep)?.actor ?? null,
    due_on: kase.dueOn,
    step_due_on: kase.stepDueOn,
    facts: jsonText(kase.facts),
    procedure: jsonText(kase.procedure),
    version: kase.version,
    updated_at: at,
  };
}

/** The case's number as its messages show it. */
export function caseNumber(number: number): string {
  return `C-${String(number).padStart(6, '0')}`;
}
