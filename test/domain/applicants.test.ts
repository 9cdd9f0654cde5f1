// Issue 19 item 4: applicants (natural and legal persons), representatives with a power of
// attorney, and intermediaries for S6 — one describe per rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkIntermediary,
  type Intermediary,
  type IntermediaryProblem,
} from '../../src/domain/applicants/intermediary.ts';
import type { Applicant } from '../../src/domain/applicants/parties.ts';
import { sameParty } from '../../src/domain/applicants/parties.ts';
import type { PowerOfAttorney } from '../../src/domain/applicants/power-of-attorney.ts';
import {
  authorityToAct,
  type RepresentationProblem,
  type RepresentationQuestion,
} from '../../src/domain/applicants/representation.ts';
import { type BinProblem, composeBin } from '../../src/domain/bin.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import { composeIin } from '../../src/domain/iin.ts';
import type { LegalEntity } from '../../src/domain/legal-entity.ts';
import { localize } from '../../src/i18n/messages.ts';

const HEAD = composeIin('1975-04-12', 'F', 1)!;
const CLERK = composeIin('1990-07-01', 'M', 10)!;
const CITIZEN = composeIin('1985-01-20', 'M', 3)!;
const BIN = composeBin({ year: 2015, month: 6, entityType: 'resident', attribute: 'head-office', serial: 412 })!;
const OTHER_BIN = composeBin({ year: 2019, month: 2, entityType: 'resident', attribute: 'head-office', serial: 77 })!;
const FILED = '2026-03-10' as IsoDate;

const company: LegalEntity = {
  bin: BIN,
  name: { kk: '«Алтын Агро» ЖШС', ru: 'ТОО «Алтын Агро»' },
  legalForm: 'llp',
  registeredOn: '2015-06-03' as IsoDate,
  status: { kind: 'active' },
  head: HEAD,
  address: { text: 'Астана қ., Абай даңғылы, 10-үй, 4-кеңсе', rka: null },
};

const poa: PowerOfAttorney = {
  number: '17/2026',
  issuedOn: '2026-01-15' as IsoDate,
  validUntil: '2026-12-31' as IsoDate,
  issuer: HEAD,
  notary: null,
  represented: { kind: 'legal', bin: BIN },
  representative: CLERK,
  scope: { kind: 'services', services: ['S6', 'S8'] },
};

const ask = (change: Partial<RepresentationQuestion> = {}) =>
  authorityToAct({
    actor: CLERK,
    party: { kind: 'legal', entity: company },
    powerOfAttorney: poa,
    filingDate: FILED,
    service: 'S6',
    ...change,
  });

describe('applicants: a natural or a legal person', () => {
  it('tells parties apart by kind and number', () => {
    assert.ok(sameParty({ kind: 'legal', bin: BIN }, { kind: 'legal', bin: BIN }));
    assert.ok(!sameParty({ kind: 'legal', bin: BIN }, { kind: 'legal', bin: OTHER_BIN }));
    assert.ok(!sameParty({ kind: 'natural', iin: CITIZEN }, { kind: 'legal', bin: BIN }));
    assert.ok(sameParty({ kind: 'natural', iin: CITIZEN }, { kind: 'natural', iin: CITIZEN }));
  });

  it('carries, for a legal person, who files, their power of attorney and the S6 intermediary', () => {
    const applicant: Applicant = {
      kind: 'legal',
      party: { kind: 'legal', bin: BIN },
      actor: CLERK,
      powerOfAttorney: poa,
      intermediary: null,
    };
    assert.equal(applicant.party.bin, BIN);
  });
});

describe('the head acts for the legal entity without a power of attorney', () => {
  it('accepts the head ГБД ЮЛ names, with or without a power of attorney', () => {
    assert.deepEqual(ask({ actor: HEAD, powerOfAttorney: null }), { ok: true, basis: 'head' });
    assert.deepEqual(ask({ actor: HEAD }), { ok: true, basis: 'head' });
  });

  it('refuses the head of a liquidated entity, and before the entity was registered', () => {
    const closed: LegalEntity = { ...company, status: { kind: 'liquidated', on: '2026-03-01' as IsoDate } };
    assert.deepEqual(ask({ actor: HEAD, party: { kind: 'legal', entity: closed } }), {
      ok: false,
      problem: 'entity-not-active',
    });
    // Liquidated the day after filing: still active on the filing date.
    const later: LegalEntity = { ...company, status: { kind: 'liquidated', on: '2026-03-11' as IsoDate } };
    assert.deepEqual(ask({ actor: HEAD, party: { kind: 'legal', entity: later } }), { ok: true, basis: 'head' });
    assert.deepEqual(ask({ actor: HEAD, filingDate: '2015-06-02' as IsoDate }), {
      ok: false,
      problem: 'entity-not-active',
    });
  });
});

describe('anyone else needs a power of attorney valid on the filing date', () => {
  it('accepts a representative with a power of attorney in force that covers the service', () => {
    assert.deepEqual(ask(), { ok: true, basis: 'power-of-attorney' });
    assert.deepEqual(ask({ service: 'S8' }), { ok: true, basis: 'power-of-attorney' });
    assert.deepEqual(ask({ powerOfAttorney: { ...poa, scope: { kind: 'all-services' } }, service: 'S7' }), {
      ok: true,
      basis: 'power-of-attorney',
    });
  });

  it('refuses without a power of attorney', () => {
    assert.deepEqual(ask({ powerOfAttorney: null }), { ok: false, problem: 'poa-missing' });
  });

  it('refuses a power of attorney of another party or given to another person', () => {
    assert.deepEqual(ask({ powerOfAttorney: { ...poa, represented: { kind: 'legal', bin: OTHER_BIN } } }), {
      ok: false,
      problem: 'poa-other-party',
    });
    assert.deepEqual(ask({ powerOfAttorney: { ...poa, represented: { kind: 'natural', iin: HEAD } } }), {
      ok: false,
      problem: 'poa-other-party',
    });
    assert.deepEqual(ask({ powerOfAttorney: { ...poa, representative: CITIZEN } }), {
      ok: false,
      problem: 'poa-other-representative',
    });
  });

  it('refuses a power of attorney for the entity not signed by its head', () => {
    assert.deepEqual(ask({ powerOfAttorney: { ...poa, issuer: CLERK } }), { ok: false, problem: 'poa-issuer' });
  });

  it('counts validity on the filing date: from the day of issue to the last valid day, both included', () => {
    assert.deepEqual(ask({ filingDate: '2026-01-15' as IsoDate }), { ok: true, basis: 'power-of-attorney' });
    assert.deepEqual(ask({ filingDate: '2026-01-14' as IsoDate }), { ok: false, problem: 'poa-not-yet-issued' });
    assert.deepEqual(ask({ filingDate: '2026-12-31' as IsoDate }), { ok: true, basis: 'power-of-attorney' });
    assert.deepEqual(ask({ filingDate: '2027-01-01' as IsoDate }), { ok: false, problem: 'poa-expired' });
  });

  it('refuses a service the power of attorney does not name', () => {
    assert.deepEqual(ask({ service: 'S7' }), { ok: false, problem: 'poa-out-of-scope' });
  });

  it('S8: requires a notary’s certification where a notarized power of attorney is asked for', () => {
    assert.deepEqual(ask({ service: 'S8', notarized: true }), { ok: false, problem: 'poa-not-notarized' });
    assert.deepEqual(
      ask({ service: 'S8', notarized: true, powerOfAttorney: { ...poa, notary: 'Нотариус А. Б. Сейтқали' } }),
      { ok: true, basis: 'power-of-attorney' },
    );
    // The head needs none, notarized or not.
    assert.deepEqual(ask({ actor: HEAD, service: 'S8', notarized: true, powerOfAttorney: null }), {
      ok: true,
      basis: 'head',
    });
  });
});

describe('a natural person acts for themself or through a representative', () => {
  const personal: PowerOfAttorney = {
    ...poa,
    issuer: CITIZEN,
    notary: 'Нотариус А. Б. Сейтқали',
    represented: { kind: 'natural', iin: CITIZEN },
  };
  const forPerson = (change: Partial<RepresentationQuestion> = {}) =>
    ask({ party: { kind: 'natural', iin: CITIZEN }, powerOfAttorney: personal, ...change });

  it('accepts the person in person, and a representative with the person’s power of attorney', () => {
    assert.deepEqual(forPerson({ actor: CITIZEN, powerOfAttorney: null }), { ok: true, basis: 'self' });
    assert.deepEqual(forPerson(), { ok: true, basis: 'power-of-attorney' });
  });

  it('refuses a power of attorney someone else signed for the person', () => {
    assert.deepEqual(forPerson({ powerOfAttorney: { ...personal, issuer: HEAD } }), {
      ok: false,
      problem: 'poa-issuer',
    });
  });
});

describe('S6: an intermediary files the contract between the importer and the end user (003 ¶B1)', () => {
  const intermediary: Intermediary = {
    entity: BIN,
    contract: {
      kind: 'sale-contract',
      number: 'KZ-DE-2026/04',
      date: '2026-02-20' as IsoDate,
      importer: { kind: 'legal', bin: OTHER_BIN },
      endUser: { kind: 'foreign', name: 'Maschinenbau GmbH', country: 'DE' },
    },
  };

  it('accepts an active intermediary with a contract between two others dated by the filing', () => {
    assert.deepEqual(checkIntermediary(intermediary, company, FILED), { ok: true });
    const sameDay = { ...intermediary, contract: { ...intermediary.contract, date: FILED } };
    assert.deepEqual(checkIntermediary(sameDay, company, FILED), { ok: true });
  });

  it('refuses a contract dated after the filing', () => {
    const late = { ...intermediary, contract: { ...intermediary.contract, date: '2026-03-11' as IsoDate } };
    assert.deepEqual(checkIntermediary(late, company, FILED), {
      ok: false,
      problem: 'intermediary-contract-after-filing',
    });
  });

  it('refuses an intermediary that is itself the importer or the end user', () => {
    for (const side of ['importer', 'endUser'] as const) {
      const own = { ...intermediary, contract: { ...intermediary.contract, [side]: { kind: 'legal', bin: BIN } } };
      assert.deepEqual(checkIntermediary(own, company, FILED), { ok: false, problem: 'intermediary-is-party' });
    }
  });

  it('refuses a liquidated intermediary, or a ГБД ЮЛ answer about another entity', () => {
    const closed: LegalEntity = { ...company, status: { kind: 'liquidated', on: '2026-01-01' as IsoDate } };
    assert.deepEqual(checkIntermediary(intermediary, closed, FILED), {
      ok: false,
      problem: 'intermediary-not-active',
    });
    assert.deepEqual(checkIntermediary(intermediary, { ...company, bin: OTHER_BIN }, FILED), {
      ok: false,
      problem: 'intermediary-not-active',
    });
  });
});

describe('every refusal has a message in kk, ru and en', () => {
  it('for representation, intermediaries and the BIN', () => {
    const codes: (RepresentationProblem | IntermediaryProblem | BinProblem)[] = [
      'entity-not-active',
      'poa-missing',
      'poa-other-party',
      'poa-other-representative',
      'poa-issuer',
      'poa-not-yet-issued',
      'poa-expired',
      'poa-out-of-scope',
      'poa-not-notarized',
      'intermediary-not-active',
      'intermediary-contract-after-filing',
      'intermediary-is-party',
      'bin-format',
      'bin-check-digit',
      'bin-never-issued',
      'bin-month',
      'bin-type',
      'bin-attribute',
    ];
    // localize() takes only catalog keys: a code without a message does not type-check.
    for (const code of codes) for (const text of Object.values(localize(code))) assert.ok(text.length > 10, code);
  });
});
