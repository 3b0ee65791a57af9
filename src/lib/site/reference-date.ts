// The build's reference date: the "today" that decides campaign status, which drafts and
// scheduled entries are published and the calculator's default date. Resolved once per build
// from inputs passed in (no clock or environment read here), so two builds with the same
// inputs are byte-identical.

/** Where the reference date came from, for the build's log line. */
export type ReferenceDateOrigin = 'SOURCE_DATE_EPOCH' | 'site.yaml' | 'clock';

export interface ReferenceDate {
  /** The day, YYYY-MM-DD, in Vietnam's time zone. */
  date: string;
  origin: ReferenceDateOrigin;
}

export interface ReferenceDateInputs {
  /** The SOURCE_DATE_EPOCH environment variable (seconds since 1970, reproducible-builds.org). */
  sourceDateEpoch?: string | undefined;
  /** site.yaml › referenceDate, already validated as a real YYYY-MM-DD day. */
  siteDate?: string | undefined;
  /** The machine's clock, used only when neither of the above is given. */
  now: Date;
}

/** Vietnam is UTC+7 all year (no daylight saving time). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day in Vietnam at an instant: a build at 23:30 UTC is already the next day there. */
export function vietnamDay(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export class ReferenceDateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReferenceDateError';
  }
}

/**
 * The reference date. SOURCE_DATE_EPOCH wins (the reproducible-builds convention: CI pins a
 * build to its commit time), then site.yaml › referenceDate (staff previewing the site as it
 * will be on a given day), then the clock. A malformed SOURCE_DATE_EPOCH is an error, not a
 * silent fallback to the clock: a build that should be reproducible must not quietly drift.
 */
export function resolveReferenceDate({ sourceDateEpoch, siteDate, now }: ReferenceDateInputs): ReferenceDate {
  const epoch = sourceDateEpoch?.trim();
  if (epoch) {
    if (!/^\d{1,12}$/.test(epoch)) {
      throw new ReferenceDateError(`SOURCE_DATE_EPOCH: cần số giây tính từ 1/1/1970 (số nguyên không âm); gặp: ${JSON.stringify(sourceDateEpoch)}`);
    }
    return { date: vietnamDay(new Date(Number(epoch) * 1000)), origin: 'SOURCE_DATE_EPOCH' };
  }
  if (siteDate) return { date: siteDate, origin: 'site.yaml' };
  return { date: vietnamDay(now), origin: 'clock' };
}

/** Seconds since 1970 for the start of a Vietnamese day: what to put in SOURCE_DATE_EPOCH for it. */
export function epochOfVietnamDay(isoDay: string): number {
  return (Date.parse(`${isoDay}T00:00:00Z`) - VIETNAM_OFFSET_MS) / 1000;
}
