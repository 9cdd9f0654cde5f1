// The background worker runs one round at a time: a round slower than the interval (a slow SMS
// gateway) makes ticks pass instead of queueing rounds behind it, and stopping waits only for
// the round in progress.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServiceContext } from '../../src/services/context.ts';
import { startWorker } from '../../src/services/worker.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('background worker', () => {
  it('lets ticks pass while a slow round runs, and does not queue rounds', async () => {
    let rounds = 0;
    let active = 0;
    let most = 0;
    // The round stops in beforeRound (it rejects), so no service is needed.
    const slowRound = async () => {
      active++;
      most = Math.max(most, active);
      await sleep(60);
      active--;
      rounds++;
      throw new Error('round over');
    };
    const stop = startWorker({} as ServiceContext, 5, slowRound, () => {});
    await sleep(400);
    const started = Date.now();
    await stop();
    const stopping = Date.now() - started;
    assert.equal(most, 1);
    // 400 ms of 60 ms rounds: about 6; queued ticks (one per 5 ms) would make it 80.
    assert.ok(rounds <= 8, `${rounds} rounds`);
    assert.ok(stopping < 200, `stopping took ${stopping} ms`);
  });
});
