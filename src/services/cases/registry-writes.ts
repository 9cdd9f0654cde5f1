// The registry changes a case's step makes, in the step's transaction: S9a's `enter-data`
// (004 cl.4) enters the new object into ЕГКН through the cadastre write port, so a new flat's
// area is what the registration rules read for the Astana norm (P4.1, N1).
import { CADASTRE_ENTRY } from '../../domain/cases/cadastre-object.ts';
import type { Case } from '../../domain/cases/case.ts';
import { AppError } from '../../errors.ts';
import { sqlCadastreWrites } from '../../registries/sql/cadastre-writes.ts';
import type { Tx } from '../transaction.ts';

/** Writes what completing `step` of `kase` records in a state registry, if anything. */
export async function writeRegistries(tx: Tx, kase: Case, step: string): Promise<Record<string, unknown>> {
  if (kase.service !== CADASTRE_ENTRY.service || kase.variant !== CADASTRE_ENTRY.variant) return {};
  if (step !== CADASTRE_ENTRY.step) return {};
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
