// Vietnamese numbers and dates, both ways: what the site prints (formatNumber, formatDate…) reads
// back to the same value with the importer's reader (parseCount), for any count or day.
import { describe, expect } from 'vitest';
import { formatDate, formatDateLong, formatDecimal, formatNumber, formatPercent, formatPeriod } from '../../../src/lib/format/vi-format.ts';
import { parseCount } from '../../../src/lib/data/import-table.ts';
import { epochOfVietnamDay, vietnamDay } from '../../../src/lib/site/reference-date.ts';
import { fc, test } from '../../helpers/property.ts';

/** Any real calendar day from year 1000 to 9999, as YYYY-MM-DD. */
const isoDay = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const count = fc.oneof(fc.nat({ max: 10_000 }), fc.maxSafeNat());

describe('formatNumber and parseCount', () => {
  test.prop([count])('round trip: a count printed the Vietnamese way reads back as itself', (n) => {
    const printed = formatNumber(n);
    expect(printed).toMatch(/^\d{1,3}(\.\d{3})*$/);
    expect(parseCount(printed)).toBe(n);
    expect(parseCount(` ${printed}\t`)).toBe(n);
  });

  test.prop([count])('dots group thousands from the right, never a comma', (n) => {
    expect(formatNumber(n).replaceAll('.', '')).toBe(String(n));
  });

  test.prop([fc.string()])('parseCount reads a whole count or nothing: never a fraction, a negative or NaN', (cell) => {
    const value = parseCount(cell);
    if (value === null) expect(cell.trim()).toMatch(/^(|[-–—])$/);
    else if (value !== undefined) {
      expect(Number.isSafeInteger(value) || value > Number.MAX_SAFE_INTEGER).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
    }
  });

  test.prop([fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 })])('formatDecimal reads back within its rounding, with a decimal comma', (x, digits) => {
    const printed = formatDecimal(x, digits);
    const back = Number(printed.replaceAll('.', '').replace(',', '.').replace('−', '-'));
    expect(Math.abs(back - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9 * Math.abs(x));
    expect(printed).not.toMatch(/,\d*,/);
    // The percent sign is joined with a no-break space: "81,5 %" never splits at a line end.
    expect(formatPercent(x, digits)).toBe(`${printed}\u00a0%`);
  });
});

describe('formatDate', () => {
  test.prop([isoDay])('round trip: d/m/yyyy without leading zeros reads back as the same day', (day) => {
    const printed = formatDate(day);
    const match = /^([1-9]\d?)\/([1-9]\d?)\/(\d{4})$/.exec(printed);
    expect(match, printed).not.toBeNull();
    const [, d, m, y] = match!;
    expect(`${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`).toBe(day);
    expect(formatDateLong(day)).toBe(`ngày ${d} tháng ${m} năm ${y}`);
  });

  test.prop([isoDay, isoDay])('a period is its two dates around a dash; a one-day period is its date', (a, b) => {
    expect(formatPeriod(a, b)).toBe(a === b ? formatDate(a) : `${formatDate(a)} – ${formatDate(b)}`);
  });
});

describe('Vietnam days and SOURCE_DATE_EPOCH', () => {
  test.prop([isoDay.filter((d) => d >= '1970-01-02')])('the epoch of a Vietnamese day is that day in Vietnam, and the second before it is the day before', (day) => {
    const epoch = epochOfVietnamDay(day);
    expect(vietnamDay(new Date(epoch * 1000))).toBe(day);
    expect(vietnamDay(new Date((epoch - 1) * 1000)) < day).toBe(true);
  });
});
