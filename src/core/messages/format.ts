import type { Lang } from '../model/lang.ts';
import { LOCALES } from './plural.ts';

export interface Formatters {
  number(value: number): string;
  percent(value: number): string;
  /** An amount in the configured currency, without cents once it passes 100. */
  money(value: number): string;
  /** Cost per contact: always with cents. */
  unitCost(value: number): string;
  /** A YYYY-MM-DD date from the content, written out; read as UTC so the day never shifts. */
  date(isoDate: string): string;
  /** A signed emotion value (+2, −1, 0). */
  signed(value: number): string;
  /** A YYYY-MM month written out, capitalised to head a list ("Mars 2026", "March 2026"). */
  month(isoMonth: string): string;
}

/** Number, currency and date formatting for the site's language, through Intl. */
export function formatters(lang: Lang, currency: string): Formatters {
  const locale = LOCALES[lang];
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  const cents = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 1 });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  // Emotion values: a handful of them, written tens of thousands of times in a large site.
  const signedTexts = new Map<number, string>();
  return {
    number: (value) => number.format(value),
    percent: (value) => percent.format(value / 100),
    money: (value) => (Math.abs(value) >= 100 ? money : cents).format(value),
    unitCost: (value) => cents.format(value),
    date: (isoDate) => {
      const time = Date.parse(`${isoDate}T00:00:00Z`);
      return Number.isNaN(time) ? isoDate : date.format(time);
    },
    month: (isoMonth) => {
      const time = Date.parse(`${isoMonth}-01T00:00:00Z`);
      if (Number.isNaN(time)) return isoMonth;
      const text = month.format(time);
      return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
    },
    signed: (value) => {
      let text = signedTexts.get(value);
      if (text === undefined) {
        text = signed.format(value);
        signedTexts.set(value, text);
      }
      return text;
    },
  };
}
