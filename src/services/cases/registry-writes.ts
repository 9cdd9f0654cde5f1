// The registry changes a case's step makes, in the step's transaction: S9a's `enter-data`
// (004 cl.4) enters the new object into ЕГКН through the cadastre write port, so a new flat's
// area is what the registration rules read for the Astana norm (P4.1, N1); S7's `restore`
// (003 ¶B2) restores the civil-status act into ЗАГС's registry, so a kinship the missing act could
// not confirm is confirmed from then on (P5, I1). A refusal of the registry (the object or the act
// is already there) throws, and the step is not taken: nothing is written.
import { CADASTRE_ENTRY } from '../../domain/cases/cadastre-object.ts';
import type { Case } from '../../domain/cases/case.ts';
import { CIVIL_RESTORATION } from '../../domain/cases/civil-act.ts';
import type { CaseEvent } from '../../domain/cases/transition.ts';
import { AppError } from '../../errors.ts';
import { sqlCadastreWrites } from '../../registries/sql/cadastre-writes.ts';
import { isBackOfficeRole } from '../actor.ts';
import { restoreCivilActIn } from '../civil-records/restore.ts';
import type { Tx } from '../transaction.ts';

type CompleteStep = Extract<CaseEvent, { kind: 'complete-step' }>;

/** Writes what completing the step of `event` on `kase` records in a state registry, if anything. */
export async function writeRegistries(
  tx: Tx,
  kase: Case,
  event: CompleteStep,
  at: Date,
): Promise<Record<string, unknown>> {
  if (kase.service === CIVIL_RESTORATION.service && event.step === CIVIL_RESTORATION.step)
    return restoreAct(tx, kase, event, at);
  if (kase.service !== CADASTRE_ENTRY.service || kase.variant !== CADASTRE_ENTRY.variant) return {};
  if (event.step !== CADASTRE_ENTRY.step) return {};
  const object = kase.facts.cadastre;
  if (!object) throw new AppError('case.object-missing');
  const recorded = await sqlCadastreWrites(tx).recordObject({
    rka: object.rka,
    city: object.city,
    address: object.address,
    area: object.areaM2,
    owners: object.owners.map((o) => ({ iin: o.iin, share: o.share })),
    stateRental: false,
  });
  if (!recorded) throw new AppError('case.object-exists', { rka: object.rka });
  return { egkn: object.rka };
}

/** 003 ¶B2: the ЗАГС employee restores the act the intake recorded, on the basis they name. */
async function restoreAct(tx: Tx, kase: Case, event: CompleteStep, at: Date): Promise<Record<string, unknown>> {
  const restoration = kase.facts.restoration;
  if (!restoration) throw new AppError('case.act-missing');
  const actor = event.actor;
  // transition() has already checked the role: the step's actor, a back-office role.
  if (actor.kind !== 'staff' || !isBackOfficeRole(actor.role)) throw new AppError('case.wrong-actor');
  const restored = await restoreCivilActIn(
    tx,
    at,
    { kind: 'operator', iin: actor.iin, role: actor.role, office: actor.office },
    { act: restoration.act, basis: event.output?.['basis'], caseReference: kase.id },
  );
  return { restoration: restored.id };
}
