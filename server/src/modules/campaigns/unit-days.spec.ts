import { existsDuring, existsThroughout, pickDuring, pickThroughout, unitSpan, type DatedUnit } from './unit-days';

// Code 27004 before and after the 2025 reform: old Ward 14 of Tân Bình, then the new Phường Tân Bình.
const WARD_14: DatedUnit = { id: 1, code: '27004', name: 'Phường 14', validFrom: null, validTo: '2025-06-30' };
const NEW_TAN_BINH: DatedUnit = { id: 2, code: '27004', name: 'Phường Tân Bình', validFrom: '2025-07-01', validTo: null };
const CITY: DatedUnit = { id: 3, code: '79', name: 'Thành phố Hồ Chí Minh', validFrom: null, validTo: null };

describe('unit days', () => {
  it('says when a unit existed, in the words messages use', () => {
    expect([WARD_14, NEW_TAN_BINH, CITY, { ...WARD_14, validFrom: '2020-01-01' }].map(unitSpan)).toEqual([
      'until 2025-06-30',
      'from 2025-07-01',
      '',
      '2020-01-01 – 2025-06-30',
    ]);
  });

  it('tells existing on every day from existing on some day', () => {
    expect(existsThroughout(WARD_14, '2025-06-01', '2025-06-30')).toBe(true);
    expect(existsThroughout(WARD_14, '2025-06-01', '2025-07-01')).toBe(false);
    expect(existsDuring(WARD_14, '2025-06-01', '2025-07-01')).toBe(true);
    expect(existsDuring(NEW_TAN_BINH, null, '2025-06-30')).toBe(false);
    expect(existsDuring(NEW_TAN_BINH, null, null)).toBe(true);
  });

  it('picks the unit a reused code means on the days asked', () => {
    expect(pickThroughout('unitCodes', '27004', [WARD_14, NEW_TAN_BINH], '2021-11-01', '2021-11-30')).toBe(WARD_14);
    expect(pickThroughout('unitCodes', '27004', [WARD_14, NEW_TAN_BINH], '2025-07-01', '2025-07-31')).toBe(NEW_TAN_BINH);
    expect(pickDuring('unitCode', '27004', [WARD_14, NEW_TAN_BINH], '2026-01-01', null)).toBe(NEW_TAN_BINH);
  });

  it('names the field and every unit bearing the code when none or two fit', () => {
    expect(() => pickThroughout('organiserCode', '99999', [], '2021-11-01', '2021-11-30')).toThrow(
      'organiserCode: unknown unit code "99999"',
    );
    expect(() => pickThroughout('unitCodes', '27004', [WARD_14, NEW_TAN_BINH], '2025-06-01', '2025-07-31')).toThrow(
      'unitCodes: Phường 14 (27004) existed until 2025-06-30; Phường Tân Bình (27004) existed from 2025-07-01 — not on every day from 2025-06-01 to 2025-07-31',
    );
    expect(() => pickDuring('unitCode', '27004', [WARD_14, NEW_TAN_BINH], null, null)).toThrow(
      'unitCode: the code 27004 names 2 units during … – … (Phường 14 (27004) existed until 2025-06-30; Phường Tân Bình (27004) existed from 2025-07-01): give validFrom and validTo within the days of one of them',
    );
    expect(() => pickDuring('unitCode', '27004', [NEW_TAN_BINH], '2021-01-01', '2021-12-31')).toThrow(
      'unitCode: Phường Tân Bình (27004) existed from 2025-07-01 — not on any day of 2021-01-01 – 2021-12-31',
    );
  });
});
