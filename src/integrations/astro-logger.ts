// Astro's log, as `npm run build` shows it: Astro's own console output at the level asked for
// (warnings by default), and every page Astro writes or restores counted for the progress line
// (see progress.ts). Astro 7 takes a custom logger as an entrypoint module (astro.config ›
// logger); scripts/build.ts passes this file. The build process sets the counter it ticks.
import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro';
import nodeLogger from 'astro/logger/node';

/** Where the build hangs its page counter for this logger to find (same process). */
export const PAGE_COUNTER = Symbol.for('loa.astro.pages');

type Counter = { tick(): void };

/** Astro logs one line per page it generates: "├─ /path/index.html" (or "└─" for the last). */
function isPageLine(event: AstroLoggerMessage): boolean {
  return event.level === 'info' && event.label === null && /[\u251C\u2514]\u2500/.test(event.message);
}

export default function loaAstroLogger(config: { level?: AstroLoggerLevel } = {}): AstroLoggerDestination {
  const console = nodeLogger({ level: config.level ?? 'warn' });
  return {
    write(event) {
      if (isPageLine(event)) (globalThis as { [PAGE_COUNTER]?: Counter })[PAGE_COUNTER]?.tick();
      console.write(event);
    },
  };
}
