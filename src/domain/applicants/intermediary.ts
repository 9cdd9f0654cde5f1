// S6 (003 ¶B1): when the applicant for a guarantee obligation is an intermediary, it files a copy
// of the contract (or other alienation document) between the importer and the end user. The
// intermediary is a legal entity of ГБД ЮЛ; the contract's parties may be Kazakh or foreign.
import type { Bin } from '../bin.ts';
import type { IsoDate } from '../dates.ts';
import type { Iin } from '../iin.ts';
import { isActiveOn, type LegalEntity } from '../legal-entity.ts';

export type ContractParty =
  { kind: 'legal'; bin: Bin } | { kind: 'natural'; iin: Iin } | { kind: 'foreign'; name: string; country: string };

export interface IntermediaryContract {
  /** ¶B1: a sale contract, or another alienation document. */
  kind: 'sale-contract' | 'alienation-document';
  number: string;
  date: IsoDate;
  importer: ContractParty;
  endUser: ContractParty;
}

export interface Intermediary {
  entity: Bin;
  contract: IntermediaryContract;
}

export type IntermediaryProblem =
  'intermediary-not-active' | 'intermediary-contract-after-filing' | 'intermediary-is-party';

export type IntermediaryCheck = { ok: true } | { ok: false; problem: IntermediaryProblem };

/**
 * Whether an intermediary's filing holds together on the filing date, given ГБД ЮЛ's answer for
 * the intermediary: the entity exists and is not liquidated, the contract it files already
 * existed, and it is a contract between two others — an intermediary that is the importer or
 * the end user files as that party, not as an intermediary.
 */
export function checkIntermediary(
  intermediary: Intermediary,
  entity: LegalEntity,
  filingDate: IsoDate,
): IntermediaryCheck {
  if (entity.bin !== intermediary.entity || !isActiveOn(entity, filingDate))
    return { ok: false, problem: 'intermediary-not-active' };
  const { contract } = intermediary;
  if (contract.date > filingDate) return { ok: false, problem: 'intermediary-contract-after-filing' };
  const isSelf = (p: ContractParty) => p.kind === 'legal' && p.bin === intermediary.entity;
  if (isSelf(contract.importer) || isSelf(contract.endUser)) return { ok: false, problem: 'intermediary-is-party' };
  return { ok: true };
}
