import { copyText } from './copy-writer';

describe('COPY text', () => {
  it('writes nulls, booleans, numbers, instants and escapes tabs, line breaks and backslashes', () => {
    expect(copyText([[1, 'HS-1', null, true, new Date('2024-03-15T01:30:00Z'), 'a\tb\nc\\d\re'], [2, '', false, null, null, 'x']])).toBe(
      '1\tHS-1\t\\N\tt\t2024-03-15T01:30:00.000Z\ta\\tb\\nc\\\\d\\re\n2\t\tf\t\\N\t\\N\tx\n',
    );
  });
});
