// Non-negotiable 4 at the one error boundary: a database the service cannot reach is its outage
// (503 database-unavailable, try again), not an internal error, and never the client's mistake;
// the errors of the real `pg` driver are recognised, and nothing of their message is kept.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { AppError, toAppError } from '../src/errors.ts';
import { ADMIN_URL, ENGINES } from './support/engines.ts';

describe('toAppError: a database the service cannot reach', () => {
  it('maps the SQLSTATEs of a connection lost or refused by the server to database-unavailable', () => {
    for (const code of ['08006', '08001', '57P01', '57P03', '53300']) {
      assert.equal(toAppError(Object.assign(new Error('x'), { code })).code, 'database-unavailable', code);
    }
    // Other database refusals stay what they were: a constraint is not an outage.
    assert.equal(toAppError(Object.assign(new Error('x'), { code: '23505' })).code, 'database-error');
    assert.equal(toAppError(new Error('something else')).code, 'internal-error');
    const coded = new AppError('not-found');
    assert.equal(toAppError(coded), coded);
  });

  if (!ENGINES.includes('postgres')) return;

  it('recognises pg refusing a connection to a server that is not there', async () => {
    const client = new pg.Client({ connectionString: ADMIN_URL.replace(/:5432\//, ':1/') });
    const error: unknown = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(error, 'nothing listens on port 1');
    const mapped = toAppError(error);
    assert.equal(mapped.code, 'database-unavailable');
    assert.deepEqual(mapped.params, {}, 'nothing of the driver message is kept');
  });

  it('recognises a pool with no free connection within its wait', async () => {
    const pool = new pg.Pool({ connectionString: ADMIN_URL, max: 1, connectionTimeoutMillis: 200 });
    const held = await pool.connect();
    try {
      const error: unknown = await pool.query('select 1').then(
        () => null,
        (e: unknown) => e,
      );
      assert.equal(toAppError(error).code, 'database-unavailable');
    } finally {
      held.release();
      await pool.end();
    }
  });
});
