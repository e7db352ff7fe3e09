/** A period of measured data, with the dates it covers (ISO, inclusive) so periods of any length sort together. */
export interface Period {
  /** As written in the data file, normalised: 2026-03, 2026-Q1 or 2026-03-15. */
  label: string;
  start: string;
  end: string;
}

/** Reads a period: a month (YYYY-MM), a quarter (YYYY-Qn) or a day (YYYY-MM-DD); undefined otherwise. */
export function parsePeriod(text: string): Period | undefined {
  const value = text.trim();
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    if (month < 1 || month > 12) return undefined;
    return { label: value, start: `${value}-01`, end: `${value}-${pad(daysIn(year, month))}` };
  }
  if ((match = /^(\d{4})-?[Qq]([1-4])$/.exec(value))) {
    const [year, quarter] = [Number(match[1]), Number(match[2])];
    const last = quarter * 3;
    return { label: `${year}-Q${quarter}`, start: `${year}-${pad(last - 2)}-01`, end: `${year}-${pad(last)}-${pad(daysIn(year, last))}` };
  }
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
    return { label: value, start: value, end: value };
  }
  return undefined;
}

/** Orders periods by the day they end, then the day they start: the last one is the latest figure. */
export function comparePeriods(a: Pick<Period, 'start' | 'end'>, b: Pick<Period, 'start' | 'end'>): number {
  return a.end.localeCompare(b.end) || a.start.localeCompare(b.start);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
