// Messages of running several server processes (TIRKEU_WORKERS, issue 16).
export const processesEn = {
  'workers-need-database-server':
    'TIRKEU_WORKERS={workers} needs a PostgreSQL server: the embedded database serves one process only. Set DATABASE_URL, or run one process (TIRKEU_WORKERS=1).',
  'replica-needs-database-server':
    'DATABASE_REPLICA_URL needs DATABASE_URL: a read replica copies a PostgreSQL server, not the embedded database. Set DATABASE_URL to the primary, or remove DATABASE_REPLICA_URL.',
} as const;
