// Issue 15, finding 4: one steps-as-data flow module (src/http/pages/flow/steps.ts) navigates
// both the citizen's registration wizard and the ЦОН hall (P2). The next page is the first
// question not answered; the citizen may not skip a question, the operator may move between
// them; the check page waits for every answer; a step's own back link wins over the step before.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REGISTRATION_FLOWS } from '../../src/http/pages/citizen/apply-steps.ts';
import { hallFlow } from '../../src/http/pages/console/hall-steps.ts';
import { backOf, nextPath, nextStep, reachable, stepsFor } from '../../src/http/pages/flow/steps.ts';

const OWNER = '080315600127';

describe('the citizen wizard as a flow', () => {
  const permanent = REGISTRATION_FLOWS.permanent;
  const temporary = REGISTRATION_FLOWS.temporary;

  it('asks the period only for temporary registration (F4), the relation only when the norm is reached (N1)', () => {
    assert.deepEqual(
      stepsFor(permanent, {}).map((s) => s.id),
      ['dwelling', 'owner', 'previous-address', 'arrival', 'about-you'],
    );
    assert.deepEqual(
      stepsFor(temporary, { relationAsked: true }).map((s) => s.id),
      ['period', 'dwelling', 'owner', 'relation', 'previous-address', 'arrival', 'about-you'],
    );
  });

  it('leads to the first open question and keeps a person from skipping one', () => {
    const a = { rka: '0101', ownerChoice: 'me' as const };
    assert.equal(nextStep(permanent, a), 'previous-address');
    assert.equal(nextPath(temporary, a), '/apply/temporary/period');
    assert.equal(reachable(permanent, a, 'owner'), true);
    assert.equal(reachable(permanent, a, 'arrival'), false);
    assert.equal(reachable(permanent, a, 'relation'), false, 'not asked below the norm');
    assert.equal(reachable(permanent, a, 'check'), false);
  });

  it('goes back to the step before, and from the first to the start page', () => {
    assert.equal(backOf(permanent, {}, 'dwelling'), '/apply/permanent');
    assert.equal(backOf(temporary, {}, 'dwelling'), '/apply/temporary/period');
  });
});

describe('the hall (P2) as a flow', () => {
  const positive = { owner: OWNER, flk: 'positive' as const };
  const negative = { owner: OWNER, flk: 'negative' as const };

  it('P2.2: asks for the representative and their authority only when the ФЛК is positive (P2.3)', () => {
    assert.equal(nextPath(hallFlow, positive), '/console/hall/representative');
    assert.equal(nextPath(hallFlow, negative), '/console/hall/applicant');
    assert.equal(
      nextPath(hallFlow, { ...positive, representative: OWNER, authority: 'guardian' }),
      '/console/hall/authority',
    );
  });

  it('F4: asks for the months only of a temporary registration', () => {
    const a = { ...negative, applicant: OWNER, rka: '0101' };
    assert.equal(nextPath(hallFlow, { ...a, service: 'temporary' }), '/console/hall/months');
    assert.equal(nextPath(hallFlow, { ...a, service: 'permanent' }), '/console/hall/relation');
    assert.equal(nextPath(hallFlow, { ...a, service: 'permanent', relation: 'none' }), '/console/hall/check');
  });

  it('lets the operator move between questions, but not to the check page before every answer', () => {
    assert.equal(reachable(hallFlow, {}, 'rka'), true);
    assert.equal(reachable(hallFlow, negative, 'representative'), true);
    assert.equal(reachable(hallFlow, negative, 'check'), false);
  });

  it('goes back through the ФЛК result page and past the months, as the desk reads them', () => {
    assert.equal(backOf(hallFlow, positive, 'representative'), '/console/hall/flk');
    assert.equal(backOf(hallFlow, negative, 'applicant'), '/console/hall/flk');
    assert.equal(backOf(hallFlow, positive, 'applicant'), '/console/hall/authority');
    assert.equal(backOf(hallFlow, { service: 'temporary' }, 'relation'), '/console/hall/service');
    assert.equal(backOf(hallFlow, {}, 'owner'), '/console/hall');
    assert.equal(backOf(hallFlow, {}, 'check'), '/console/hall/relation');
  });
});
