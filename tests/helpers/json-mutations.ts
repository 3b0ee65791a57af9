// Breaking good data the ways hand-edited files break: a value swapped for junk of another kind,
// a field removed, an unknown field added. Used by the property suites of every input the
// project reads (snapshots, frontmatter, site.yaml).
import { fc } from './property.ts';

type Json = unknown;
export type Path = (string | number)[];

/** Values a person might type in the wrong place, from plain to nested. */
export const junk: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(null, true, false, '', ' ', '-', '1.234', '2023-02-30', '2023-13-01', 'null', -1, 0, 0.5, 1e300, 2 ** 53 + 2, 200_000_001, 'Tổ 1', 'u-0', 'bhyt', 'x y', 'dòng 1\ndòng 2', '=HYPERLINK("x")', '<script>alert(1)</script>', 'https://', '/'),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every path (key list) to a value inside `value`, the value itself first. */
export function paths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** A copy of `value` with the value at `path` replaced (`undefined`: removed). */
export function replaced(value: Json, path: Path, by: Json | undefined): Json {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaced(v, rest, by) : v)).filter((v) => v !== undefined);
  const copy = { ...(value as Record<string, Json>) };
  const next = replaced(copy[head as string], rest, by);
  if (next === undefined) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}

type Change = { kind: 'set'; at: number; by: Json | undefined } | { kind: 'add'; at: number; key: string; by: Json };

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), by: junk }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), by: fc.constant(undefined) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom('titel', 'Date', 'dong\nhai', 'ghi chú'), fc.string({ minLength: 1 })), by: junk }) },
);

/** `good` with 1–4 changes at random places. */
export function mutated(good: Json): fc.Arbitrary<Json> {
  return fc.array(change, { minLength: 1, maxLength: 4 }).map((changes) => {
    let raw: Json = good;
    for (const c of changes) {
      if (c.kind === 'set') {
        const all = paths(raw).filter((p) => p.length > 0);
        if (all.length === 0) continue;
        raw = replaced(raw, all[c.at % all.length]!, c.by);
      } else {
        const objects = paths(raw).filter((p) => {
          let here: Json = raw;
          for (const k of p) here = (here as Record<string | number, Json>)[k];
          return here !== null && typeof here === 'object' && !Array.isArray(here);
        });
        if (objects.length === 0) continue;
        const at = objects[c.at % objects.length]!;
        raw = replaced(raw, [...at, c.key], c.by);
      }
    }
    return raw;
  });
}

/** "targets[2].period.start" → ["targets", 2, "period", "start"]; a quoted key: documents["a b"]. */
export function fieldKeys(field: string): Path {
  return [...field.matchAll(/\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? (JSON.parse(m[1]) as string) : m[2] !== undefined ? Number(m[2]) : m[3]!));
}
