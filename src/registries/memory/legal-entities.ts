// ГБД ЮЛ over a dataset held in memory. The dataset's entities are answered as stored and checked
// like the SQL registry's rows (legal-entity-answers.ts): a malformed entity in a dataset fails
// the same way a malformed row does.
import type { LegalEntity } from '../../domain/legal-entity.ts';
import type { LegalEntityRegistry } from '../ports.ts';

// Issue 20 (a lean CLI): the answers' checks (a zod schema) load on the first question asked, so
// `tirkeu decide`, whose scenarios hold no legal entity, does not load zod for them.
const answers = () => import('../legal-entity-answers.ts');
const domain = () => import('../../domain/legal-entity.ts');

export function memoryLegalEntityRegistry(entities: readonly LegalEntity[]): LegalEntityRegistry {
  const byBin = new Map<string, LegalEntity>();
  const byHead = new Map<string, LegalEntity[]>();
  for (const e of entities) {
    byBin.set(e.bin, e);
    const list = byHead.get(e.head);
    if (list) list.push(e);
    else byHead.set(e.head, [e]);
  }
  return {
    entity: async (bin) => {
      const found = byBin.get(bin);
      return found === undefined ? null : (await answers()).checkedEntity(found, bin);
    },
    headedBy: async (iin) => {
      const [{ checkedHeadedBy }, { compareLegalEntities }] = await Promise.all([answers(), domain()]);
      return checkedHeadedBy([...(byHead.get(iin) ?? [])].sort(compareLegalEntities), iin);
    },
  };
}
