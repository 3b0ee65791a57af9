// The script as a plain-text file to download: for the announcer's own printer, a phone, or a
// word processor. UTF-8 with a byte-order mark and Windows line ends, because the commune office
// opens it in Notepad or Word on Windows, where a file without the mark can open as mojibake.
import type { BroadcastScript } from './script.ts';

export interface PlainTextHeader {
  /** First line: what the bulletin is. */
  title: string;
  /** Lines under it for the announcer: reading time, the day the figures hold for, the page. */
  notes: string[];
}

const CRLF = '\r\n';

/** The whole file, byte-order mark included. */
export function scriptPlainText(script: BroadcastScript, header: PlainTextHeader): string {
  const lines: string[] = [header.title, ...header.notes, ''];
  for (const section of script.sections) {
    lines.push(`[${section.heading}]`, '');
    for (const paragraph of section.paragraphs) lines.push(paragraph, '');
  }
  return `\uFEFF${lines.join(CRLF).trimEnd()}${CRLF}`;
}
