// Messages of issue 16: the tamper-evident audit chain (`tirkeu audit verify`). They name a
// record by its place in the chain and its id only, never what it holds.
export const reliabilityEn = {
  'audit.chain-broken':
    'The audit trail was altered: record {seq} (id {id}) does not match its hash. Restore the trail from a backup and investigate.',
  'audit.chain-gap':
    'The audit trail was altered: the record at place {seq} is missing or out of order (next record id {id}). Restore the trail from a backup and investigate.',
  'audit.chain-head-mismatch':
    'The audit trail was altered: it ends at record {seq}, but {head} records were written. Records at the end were removed.',
  'audit.anchor-mismatch':
    'The audit trail does not match the anchor you gave: record {seq} is missing or has a different hash.',
  'audit.unknown-action': 'Unknown audit command "{action}". Use "tirkeu audit verify".',
} as const;
