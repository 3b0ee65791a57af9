// The snapshot file `data:import` and `data:update` write: one unit, figure or target per line,
// so a weekly update shows in a diff as the lines that changed.
import { describe, expect, it } from 'vitest';
import { formatSnapshotJson } from '../../../src/lib/data/snapshot-json.ts';
import { snapshotSchema } from '../../../src/schemas/snapshot.ts';

describe('formatSnapshotJson', () => {
  const s = snapshotSchema.parse({
    campaign: 'x',
    source: 'Báo cáo số 1',
    units: [
      { id: 'a', name: 'Xã A', level: 'xã', parent: null },
      { id: 'b', name: 'Thôn "B"', level: 'thôn', parent: 'a' },
    ],
    figures: [{ unit: 'b', date: '2024-01-31', value: null }],
  });

  it('writes each item of a list on its own line, empty lists and plain values inline', () => {
    expect(formatSnapshotJson(s)).toBe(
      [
        '{',
        '  "campaign": "x",',
        '  "source": "Báo cáo số 1",',
        '  "counts": "total",',
        '  "indicators": [],',
        '  "units": [',
        '    {"id":"a","name":"Xã A","level":"xã","parent":null},',
        '    {"id":"b","name":"Thôn \\"B\\"","level":"thôn","parent":"a"}',
        '  ],',
        '  "figures": [',
        '    {"unit":"b","indicator":"bhxh-tu-nguyen","date":"2024-01-31","value":null}',
        '  ],',
        '  "targets": [],',
        '  "notes": [],',
        '  "staffNotes": []',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('reads back as the same snapshot', () => {
    expect(JSON.parse(formatSnapshotJson(s))).toEqual(s);
  });
});
