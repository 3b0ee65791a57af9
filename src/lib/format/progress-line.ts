// One line of build progress, in Vietnamese: "Ảnh: 1.234/13.539 · 45,2 ảnh/giây · còn khoảng
// 4 phút 40 giây". Pure: counts and elapsed time in, text out (the build decides when to print).
import { formatDecimal, formatNumber } from './vi-format.ts';

export interface ProgressState {
  /** What is being made: "Ảnh", "Trang", "Chỉ mục tìm kiếm". */
  label: string;
  /** Unit in the rate: "ảnh", "trang". */
  unit: string;
  done: number;
  /** null when not known in advance (the line then says only what is done). */
  total: number | null;
  elapsedMs: number;
}

/** "45 giây", "4 phút 40 giây", "1 giờ 5 phút": rounded so the line does not flicker. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} giây`;
  if (seconds < 3600) {
    // Past a minute, to the nearest 10 seconds.
    const tens = Math.round(seconds / 10) * 10;
    const m = Math.floor(tens / 60);
    const s = tens % 60;
    return s ? `${m} phút ${s} giây` : `${m} phút`;
  }
  const minutes = Math.round(seconds / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} giờ ${m} phút` : `${h} giờ`;
}

export function progressLine(state: ProgressState): string {
  const { label, unit, done, total, elapsedMs } = state;
  const count = total === null ? formatNumber(done) : `${formatNumber(done)}/${formatNumber(total)}`;
  const parts = [`${label}: ${count}`];
  const seconds = elapsedMs / 1000;
  // A rate needs a little history to mean anything.
  if (done > 0 && seconds >= 1) {
    const rate = done / seconds;
    parts.push(`${formatDecimal(rate, rate < 10 ? 1 : 0)} ${unit}/giây`);
    if (total !== null && done < total) parts.push(`còn khoảng ${formatDuration(((total - done) / rate) * 1000)}`);
  }
  return parts.join(' · ');
}
