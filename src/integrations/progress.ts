// Shows a long build step's progress. On a terminal: one line rewritten in place, at most ten
// times a second (done/total, rate, time left). Elsewhere (CI logs, a pipe): a line every few
// seconds (LOA_PROGRESS_SECONDS, default 5), so a national build shows signs of life without
// flooding the log. Nothing at all for steps that finish within the first interval.
import { progressLine } from '../lib/format/progress-line.ts';

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
  columns?: number;
}

export class Progress {
  private count = 0;
  private total: number | null = null;
  private started = 0;
  private lastShown = 0;
  private shownOnTerminal = false;
  private readonly interval: number;
  private readonly label: string;
  private readonly unit: string;
  private readonly stream: ProgressStream;
  private readonly now: () => number;

  constructor(label: string, unit: string, stream: ProgressStream = process.stdout, now: () => number = () => performance.now()) {
    this.label = label;
    this.unit = unit;
    this.stream = stream;
    this.now = now;
    const seconds = Number(process.env.LOA_PROGRESS_SECONDS);
    this.interval = stream.isTTY ? 100 : (Number.isFinite(seconds) && seconds > 0 ? seconds : 5) * 1000;
  }

  /** Starts counting; `total` null when the number of items is not known in advance. */
  start(total: number | null): void {
    this.count = 0;
    this.total = total;
    this.started = this.now();
    this.lastShown = this.started;
  }

  tick(count = 1): void {
    this.count += count;
    const now = this.now();
    if (now - this.lastShown < this.interval) return;
    this.lastShown = now;
    this.show(now);
  }

  /** Clears the terminal line; the step prints its own summary afterwards. */
  done(): void {
    if (this.shownOnTerminal) this.stream.write('\r\x1b[2K');
    this.shownOnTerminal = false;
  }

  private show(now: number): void {
    const line = progressLine({ label: this.label, unit: this.unit, done: this.count, total: this.total, elapsedMs: now - this.started });
    if (this.stream.isTTY) {
      const width = (this.stream.columns ?? 80) - 1;
      this.stream.write(`\r\x1b[2K${line.length > width ? line.slice(0, width) : line}`);
      this.shownOnTerminal = true;
    } else this.stream.write(`${line}\n`);
  }
}
