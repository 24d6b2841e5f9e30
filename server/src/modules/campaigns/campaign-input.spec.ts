import { checkOrder, listOf, optionalText, requiredText, unitCodeList } from './campaign-input';

describe('campaign input rules', () => {
  it('refuses an end before the start, naming both days', () => {
    expect(() => checkOrder('2024-11-30', '2024-11-01')).toThrow('endsOn (2024-11-01) is before startsOn (2024-11-30)');
    expect(() => checkOrder('2024-11-01', '2024-11-01')).not.toThrow();
  });

  it('trims text, refuses an empty required field and an over-long one', () => {
    expect(requiredText('name', '  Tháng cao điểm ', 300)).toBe('Tháng cao điểm');
    expect(() => requiredText('name', '   ', 300)).toThrow('name must not be empty');
    expect(() => optionalText('note', 'x'.repeat(11), 10)).toThrow('note may have at most 10 characters, got 11');
    expect(optionalText('note', '  ', 10)).toBeNull();
  });

  it('keeps distinct trimmed unit codes and refuses empty, blank and over-long lists', () => {
    expect(unitCodeList([' 26977', '26977', '26980 '])).toEqual(['26977', '26980']);
    expect(() => unitCodeList([])).toThrow('unitCodes must name at least one unit');
    expect(() => unitCodeList(['26977', ' '])).toThrow('unitCodes must not contain an empty code');
    expect(() => unitCodeList(Array.from({ length: 501 }, (_, i) => String(i)))).toThrow('unitCodes may name at most 500 units, got 501');
  });

  it('names at most five items', () => {
    expect(listOf(['a', 'b'])).toBe('a, b');
    expect(listOf(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('a, b, c, d, e and 2 more');
  });
});
