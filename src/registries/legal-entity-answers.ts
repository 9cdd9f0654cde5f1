// The boundary between ГБД ЮЛ and the rules (issue 19 item 2): both implementations pass every
// answer through here, so a malformed one — a wrong check digit, an unknown legal form, a head
// that is not an IIN, an entity other than the one asked for — is a coded error, never data.
import { type LegalEntity, readLegalEntity } from '../domain/legal-entity.ts';
import { AppError } from '../errors.ts';

/** The registry's name in the error, as operators know it. */
const REGISTRY = 'ГБД ЮЛ';

function invalid(field: string): AppError {
  return new AppError('registry-answer-invalid', { registry: REGISTRY, field });
}

/** One entity as ГБД ЮЛ answered it, checked; `bin` is the one asked for. */
export function checkedEntity(answer: unknown, bin: string): LegalEntity {
  const read = readLegalEntity(answer);
  if (!read.ok) throw invalid(read.field);
  if (read.entity.bin !== bin) throw invalid('bin');
  return read.entity;
}

/** The entities a person heads, checked; each must name that person as its head. */
export function checkedHeadedBy(answers: readonly unknown[], iin: string): LegalEntity[] {
  return answers.map((answer) => {
    const read = readLegalEntity(answer);
    if (!read.ok) throw invalid(read.field);
    if (read.entity.head !== iin) throw invalid('head');
    return read.entity;
  });
}
