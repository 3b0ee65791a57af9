// What dist/ is made of, for `npm run bench`: bytes by kind of file (pages, images, print PDFs,
// ZIPs, progress CSVs, search index) and the bytes held by files whose content another file
// already has (issue 14: no identical image stored twice). Files are grouped by size first, so
// only the few files that share a size are read and hashed.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface DistReport {
  bytes: number;
  files: number;
  pages: number;
  /** Bytes and files per kind, largest first. */
  kinds: { kind: string; bytes: number; files: number }[];
  /** Bytes of every file beyond the first with the same content, and how many such files. */
  duplicate: { bytes: number; files: number; examples: string[] };
}

function kindOf(file: string): string {
  if (file.startsWith(`pagefind${path.sep}`)) return 'chỉ mục tìm kiếm';
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html') return 'trang HTML';
  if (ext === '.png' || ext === '.webp' || ext === '.jpg' || ext === '.svg') return 'ảnh';
  if (ext === '.pdf') return 'PDF in';
  if (ext === '.zip') return 'ZIP';
  if (ext === '.csv') return 'CSV';
  return 'khác';
}

export function distReport(dir: string): DistReport {
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => ({ file: f, size: fs.statSync(path.join(dir, f)) }))
    .filter((f) => f.size.isFile())
    .map((f) => ({ file: f.file, bytes: f.size.size }));
  const kinds = new Map<string, { bytes: number; files: number }>();
  for (const f of files) {
    const k = kinds.get(kindOf(f.file)) ?? { bytes: 0, files: 0 };
    kinds.set(kindOf(f.file), { bytes: k.bytes + f.bytes, files: k.files + 1 });
  }
  const bySize = new Map<number, string[]>();
  for (const f of files) if (f.bytes > 0) bySize.set(f.bytes, [...(bySize.get(f.bytes) ?? []), f.file]);
  const duplicate = { bytes: 0, files: 0, examples: [] as string[] };
  for (const [size, group] of bySize) {
    if (group.length < 2) continue;
    const seen = new Map<string, string>();
    for (const file of group) {
      const hash = createHash('sha1').update(fs.readFileSync(path.join(dir, file))).digest('hex');
      const first = seen.get(hash);
      if (first === undefined) seen.set(hash, file);
      else {
        duplicate.bytes += size;
        duplicate.files++;
        if (duplicate.examples.length < 3) duplicate.examples.push(`${file} = ${first}`);
      }
    }
  }
  return {
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    files: files.length,
    pages: files.filter((f) => f.file.endsWith('.html')).length,
    kinds: [...kinds].map(([kind, v]) => ({ kind, ...v })).sort((a, b) => b.bytes - a.bytes),
    duplicate,
  };
}
