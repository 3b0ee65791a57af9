// Writes a snapshot as JSON people can read and diff: one unit, figure or target per line.
import type { Snapshot } from '../../schemas/snapshot.ts';

export function formatSnapshotJson(snapshot: Snapshot): string {
  const lines: string[] = ['{'];
  const entries = Object.entries(snapshot);
  entries.forEach(([name, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      lines.push(`  ${JSON.stringify(name)}: [`);
      value.forEach((item, j) => lines.push(`    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else lines.push(`  ${JSON.stringify(name)}: ${JSON.stringify(value)}${comma}`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
