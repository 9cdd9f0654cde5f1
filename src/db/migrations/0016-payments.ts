// Issue 17, part 4: payments through the payment gateway (ЭҮТШ; services.md S9, S10 "Fee").
// An invoice is one stage of one case's fee. The case is named by its id only, without a foreign
// key: payments serve the case engine, which owns its table. At most one invoice per stage of a
// case is open or paid (a partial unique index), so a repeated "issue" finds the first one and a
// fee is never asked for twice; an expired or cancelled one may be followed by a new one.
// Every callback the gateway sends with a valid signature is kept, append-only (as the access
// log, 0005); its event id is unique, so a replayed callback is recognised and changes nothing.
import type { Kysely } from 'kysely';
import { appendOnlyStatements } from './append-only.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table payment_invoices (
      id uuid primary key,
      case_id uuid not null,
      service text not null,
      variant text not null,
      stage text not null check (stage in ('on-filing', 'before-result')),
      amount_tiyn bigint not null check (amount_tiyn > 0),
      placeholder boolean not null,
      gateway_id text not null unique check (length(gateway_id) between 1 and 100),
      payment_url text not null check (length(payment_url) between 1 and 2000),
      state text not null check (state in ('issued', 'paid', 'cancelled', 'expired')),
      issued_at timestamptz not null,
      paid_at timestamptz,
      closed_at timestamptz,
      check ((state = 'paid') = (paid_at is not null)),
      check ((state in ('cancelled', 'expired')) = (closed_at is not null))
    );
    create index payment_invoices_case on payment_invoices (case_id, stage);
    create unique index payment_invoices_one_live on payment_invoices (case_id, stage)
      where state in ('issued', 'paid');

    create table payment_callbacks (
      id bigint generated always as identity primary key,
      received_at timestamptz not null,
      event_id text not null unique,
      invoice_id uuid not null references payment_invoices (id),
      payment_id text not null,
      status text not null check (status in ('paid', 'cancelled', 'expired')),
      amount_tiyn bigint not null,
      signed_at timestamptz not null,
      body_sha256 text not null check (body_sha256 ~ '^[0-9a-f]{64}$'),
      outcome text not null check (outcome in ('applied', 'no-change'))
    );
    create index payment_callbacks_invoice on payment_callbacks (invoice_id, id);
    ${appendOnlyStatements('payment_callbacks')}
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table payment_callbacks;
    drop function payment_callbacks_append_only();
    drop table payment_invoices;
    `,
  );
}
