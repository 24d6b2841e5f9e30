import type { BulkColumn } from '../../db/sql-client';

/** The dossier table's fact columns as bulk writers (COPY) send them: the seeders and the importer. */
export const DOSSIER_FACT_COLUMNS: readonly BulkColumn[] = [
  { name: 'code', type: 'text' },
  { name: 'unit_id', type: 'int' },
  { name: 'procedure_id', type: 'int' },
  { name: 'channel', type: 'text' },
  { name: 'received_at', type: 'timestamptz' },
  { name: 'received_on', type: 'date' },
  { name: 'due_date', type: 'date' },
  { name: 'due_date_computed', type: 'boolean' },
  { name: 'finished_at', type: 'timestamptz' },
  { name: 'finished_on', type: 'date' },
  { name: 'returned_at', type: 'timestamptz' },
  { name: 'status', type: 'text' },
  { name: 'supplement_requests', type: 'smallint' },
  { name: 'apology_slip', type: 'boolean' },
  { name: 'timeliness', type: 'text' },
];
