import { WorkingCalendar } from '../../procedures/working-calendar';
import { UnitDirectory } from '../../units/unit-directory';
import { mapHeaders } from '../header-map';
import type { ImportKind } from '../import-columns';
import { ReferenceLookups } from '../reference-lookups';
import { rowView, type RowView } from '../row-check';

/** Reference data for the row validators' specs: a few real units (codes reused in 2025), one procedure, one field. */
export function testLookups(latest = new Date('2025-12-31T00:00:00Z')): ReferenceLookups {
  const units = new UnitDirectory([
    { id: 3, code: '26977', name: 'Phường 1', level: 'COMMUNE', parentId: 2, validFrom: null, validTo: '2025-06-30' },
    { id: 18, code: '26977', name: 'Phường Tân Sơn Hòa', level: 'COMMUNE', parentId: 1, validFrom: '2025-07-01', validTo: null },
    { id: 25, code: '005', name: 'Quận Cầu Giấy', level: 'DISTRICT', parentId: 24, validFrom: null, validTo: '2025-06-30' },
    { id: 26, code: '00157', name: 'Phường Nghĩa Đô', level: 'COMMUNE', parentId: 25, validFrom: null, validTo: '2025-06-30' },
    { id: 35, code: '09574', name: 'Phường Lê Lợi', level: 'COMMUNE', parentId: 34, validFrom: null, validTo: '2024-12-31' },
  ]);
  const calendar = new WorkingCalendar({ years: [2024, 2025], daysOff: ['2024-04-30', '2024-05-01'], workingWeekendDays: [] });
  return new ReferenceLookups(
    units,
    new Map([['1.001193', { id: 7, workingDays: 3 }], ['2.000488', { id: 8, workingDays: 0 }]]),
    [{ id: 1, code: 'HO_TICH', name: 'Hộ tịch', nameEn: 'Civil status' }],
    new Map([['TB-PEAK-2021', 4]]),
    calendar,
    latest,
  );
}

/** Rows of a kind from a header and plain objects keyed by header. */
export function rowsOf(kind: ImportKind, header: string[], rows: Record<string, string>[]): RowView[] {
  const map = mapHeaders(kind, header);
  return rows.map((r, i) => rowView(map, i + 2, header.map((h) => r[h] ?? '')));
}
