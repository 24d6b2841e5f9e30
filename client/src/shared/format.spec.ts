import {
  formatBytes,
  formatDecimal,
  formatInstant,
  parseDate,
  formatDate,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatSignedNumber,
  formatSignedPercent,
} from './format';

describe('vi-VN formats', () => {
  it('writes 45730 dossiers as 45.730 with a dot for thousands', () => {
    expect(formatNumber(45730)).toBe('45.730');
    expect(formatNumber(823)).toBe('823');
    expect(formatNumber(0)).toBe('0');
  });

  it('writes the satisfaction rate 0.99317 as 99,32% with two decimals', () => {
    expect(formatPercent(0.99317353904552)).toBe('99,32%');
    expect(formatPercent(1)).toBe('100,00%');
  });

  it('shows a dash, not 0, for a rate whose denominator is 0', () => {
    expect(formatPercent(null)).toBe('–');
    expect(formatNumber(undefined)).toBe('–');
  });

  it('writes local days as dd/MM/yyyy without shifting them through a time zone', () => {
    expect(formatDate('2021-11-01')).toBe('01/11/2021');
    expect(formatMonth('2021-02-01')).toBe('02/2021');
    expect(formatPeriod('2021-11-01', '2021-11-30')).toBe('01/11/2021 – 30/11/2021');
    expect(formatPeriod('2021-11-15', '2021-11-15')).toBe('15/11/2021');
  });

  it('signs changes with a true minus sign and points with two decimals', () => {
    expect(formatSignedNumber(1234)).toBe('+1.234');
    expect(formatSignedNumber(-56)).toBe('−56');
    expect(formatSignedNumber(0)).toBe('0');
    expect(formatPoints(0.0012)).toBe('+0,12');
    expect(formatPoints(-0.02017)).toBe('−2,02');
    expect(formatSignedPercent(0.027)).toBe('+2,7%');
  });
});

describe('English formats', () => {
  it('uses comma thousands and a decimal point', () => {
    expect(formatNumber(45730, 'en')).toBe('45,730');
    expect(formatPercent(0.9932, 'en')).toBe('99.32%');
    expect(formatPoints(0.0012, 'en')).toBe('+0.12');
  });
});

describe('typed dates', () => {
  it('reads day/month/year as people in Viet Nam write it', () => {
    expect(parseDate('30/11/2021')).toBe('2021-11-30');
    expect(parseDate(' 1/2/2022 ')).toBe('2022-02-01');
    expect(parseDate('15.11.2021')).toBe('2021-11-15');
    expect(parseDate('2021-11-30')).toBe('2021-11-30');
  });

  it('refuses days that do not exist and American order beyond the 12th', () => {
    expect(parseDate('29/02/2023')).toBeNull();
    expect(parseDate('11/30/2021')).toBeNull();
    expect(parseDate('tháng 11')).toBeNull();
  });
});

describe('import report formats', () => {
  it('writes seconds with two decimals in the UI language', () => {
    expect(formatDecimal(1.234, 'vi')).toBe('1,23');
    expect(formatDecimal(1.234, 'en')).toBe('1.23');
  });

  it('shows an instant in Viet Nam time, whatever the browser’s zone', () => {
    expect(formatInstant('2024-11-04T17:30:00.000Z')).toBe('05/11/2024 00:30');
    expect(formatInstant('not a date')).toBe('not a date');
  });

  it('gives file sizes in B, KB and MB with the language’s separators', () => {
    expect(formatBytes(900, 'vi')).toBe('900 B');
    expect(formatBytes(2048, 'vi')).toBe('2 KB');
    expect(formatBytes(1.5 * 1024 * 1024, 'vi')).toBe('1,5 MB');
    expect(formatBytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
  });
});
