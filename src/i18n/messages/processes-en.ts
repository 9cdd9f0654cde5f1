// Messages of running several server processes (TIRKEU_WORKERS, issue 16).
export const processesEn = {
  'workers-need-database-server':
    'TIRKEU_WORKERS={workers} needs a PostgreSQL server: the embedded database serves one process only. Set DATABASE_URL, or run one process (TIRKEU_WORKERS=1).',
} as const;
