// Khmer number, date and amount formats for Khmer pages (CLDR 'km' through Intl): 330,000;
// 7.5; 30 វិច្ឆិកា 2026. The figures are the same as on the Vietnamese page, only written the
// Khmer way. Western digits, as Intl's 'km' locale and Cambodian public notices commonly use, so
// a number reads the same on the Vietnamese and the Khmer page.
import type { AmountKind } from '../rules/amounts.ts';

const NBSP = '\u00a0';
const integer = new Intl.NumberFormat('km', { maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('km', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Unit words after a number (sample translation, to be reviewed by a native speaker). */
export const KM_UNITS = { dong: 'ដុង', percent: '%', months: 'ខែ', years: 'ឆ្នាំ', times: 'ដង' } as const;

/** A whole number with commas between thousands: 330000 → "330,000". */
export function formatNumberKm(value: number): string {
  return integer.format(value);
}

/** A number with up to `digits` decimals and a decimal point: 7.5 → "7.5". */
export function formatDecimalKm(value: number, digits = 2): string {
  return new Intl.NumberFormat('km', { maximumFractionDigits: digits }).format(value);
}

/** A YYYY-MM-DD date with the month's Khmer name: "2026-11-30" → "30 វិច្ឆិកា 2026". */
export function formatDateKm(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return longDate.format(new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)));
}

/** An amount of the rules with its unit: 330000 money → "330,000 ដុង". */
export function formatAmountKm(value: number, kind: AmountKind): string {
  switch (kind) {
    case 'money':
      return `${formatNumberKm(value)}${NBSP}${KM_UNITS.dong}`;
    case 'percent':
      return `${formatDecimalKm(value)}${KM_UNITS.percent}`;
    case 'months':
      return `${formatNumberKm(value)}${NBSP}${KM_UNITS.months}`;
    case 'years':
      return `${formatDecimalKm(value, 1)}${NBSP}${KM_UNITS.years}`;
    case 'times':
      return `${formatNumberKm(value)}${NBSP}${KM_UNITS.times}`;
  }
}
