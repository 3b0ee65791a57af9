// The build's reference date from this process's environment and the content's site.yaml.
// scripts/build.ts resolves it once and hands it to Astro's pages through LOA_REFERENCE_DATE,
// so the checks before Astro and every page agree even when a build runs across midnight.
import { resolveReferenceDate, type ReferenceDate } from '../lib/site/reference-date.ts';

/** Set by scripts/build.ts for the Astro step; not meant to be set by people. */
export const RESOLVED_ENV = 'LOA_REFERENCE_DATE';

export function referenceDateOf(siteDate: string | undefined, env: NodeJS.ProcessEnv = process.env): ReferenceDate {
  const resolved = env[RESOLVED_ENV];
  if (resolved && /^\d{4}-\d{2}-\d{2}$/.test(resolved)) return { date: resolved, origin: (env.LOA_REFERENCE_ORIGIN as ReferenceDate['origin']) ?? 'clock' };
  return resolveReferenceDate({ sourceDateEpoch: env.SOURCE_DATE_EPOCH, siteDate, now: new Date() });
}

/** Pins the date for the rest of this build (the Astro step reads it back with referenceDateOf). */
export function pinReferenceDate(reference: ReferenceDate, env: NodeJS.ProcessEnv = process.env): void {
  env[RESOLVED_ENV] = reference.date;
  env.LOA_REFERENCE_ORIGIN = reference.origin;
}
