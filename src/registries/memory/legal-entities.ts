// ГБД ЮЛ over a dataset held in memory. The dataset's entities are answered as stored and checked
// like the SQL registry's rows (legal-entity-answers.ts): a malformed entity in a dataset fails
// the same way a malformed row does.
import { compareLegalEntities, type LegalEntity } from '../../domain/legal-entity.ts';
import { checkedEntity, checkedHeadedBy } from '../legal-entity-answers.ts';
import type { LegalEntityRegistry } from '../ports.ts';

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
      return found === undefined ? null : checkedEntity(found, bin);
    },
    headedBy: async (iin) => checkedHeadedBy([...(byHead.get(iin) ?? [])].sort(compareLegalEntities), iin),
  };
}
