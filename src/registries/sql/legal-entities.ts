import type { Kysely } from 'kysely';
import type { LegalEntitiesTable, Schema } from '../../db/schema.ts';
import type { LegalEntity } from '../../domain/legal-entity.ts';
import { checkedEntity, checkedHeadedBy } from '../legal-entity-answers.ts';
import type { LegalEntityRegistry } from '../ports.ts';

/** ГБД ЮЛ: legal entities by BIN and by head; rows are checked before they become entities. */
export class SqlLegalEntityRegistry implements LegalEntityRegistry {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  async entity(bin: string): Promise<LegalEntity | null> {
    const row = await this.db.selectFrom('legal_entities').selectAll().where('bin', '=', bin).executeTakeFirst();
    return row ? checkedEntity(toAnswer(row), bin) : null;
  }

  async headedBy(iin: string): Promise<LegalEntity[]> {
    const rows = await this.db
      .selectFrom('legal_entities')
      .selectAll()
      .where('head_iin', '=', iin)
      .orderBy('bin')
      .execute();
    return checkedHeadedBy(rows.map(toAnswer), iin);
  }
}

/** A row in the shape of an answer; unchecked until checkedEntity has read it. */
function toAnswer(row: Record<keyof LegalEntitiesTable, unknown>): unknown {
  return {
    bin: row.bin,
    name: { kk: row.name_kk, ru: row.name_ru },
    legalForm: row.legal_form,
    registeredOn: row.registered_on,
    status: row.liquidated_on === null ? { kind: 'active' } : { kind: 'liquidated', on: row.liquidated_on },
    head: row.head_iin,
    address: { text: row.address, rka: row.address_rka },
  };
}
