import { dossierEvents } from '../kpi/kpi-rollup.service';
import { eventsOf } from './rollup-delta';

describe('rollup deltas', () => {
  it('read the rollups’ own event definition from the import’s tables instead of dossier', () => {
    const sql = eventsOf('ingest_dossier_x', { where: () => 'd.line > 0' });
    expect(sql.match(/from "ingest_dossier_x" d /g)).toHaveLength(3);
    expect(sql).not.toContain('from dossier d');
    expect(sql.replaceAll('"ingest_dossier_x"', 'dossier')).toBe(dossierEvents({ where: () => 'd.line > 0' }));
  });
});
