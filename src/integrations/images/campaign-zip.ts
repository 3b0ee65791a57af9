// One ZIP per campaign with all its materials (the campaign's images and those of its messages),
// and one per message (its images, dated and undated). Printed formats go in as their print PDF
// (vector, with bleed: what a print shop asks for, and a fifth of the poster PNG's bytes); the
// poster PNGs stay one click away on the download pages. Before, every poster PNG was stored three
// times in dist/ (its own file, the message ZIP, the campaign ZIP): the largest duplication of
// the site (issue 14).
// Deterministic: entries sorted, stored without recompression (PNGs are already compressed), and
// every entry dated 1 January 2000 in local time fields, so the same images give the same bytes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { ContentEntries } from '../../lib/content/entries.ts';
import { FORMATS } from '../../lib/images/formats.ts';
import { campaignZipPath, downloadFileName, messageZipPath } from '../../lib/images/image-paths.ts';
import type { CachedImage } from './build-images.ts';

const FIXED_DATE = new Date(2000, 0, 1);

/** Writes (once: the cache file is named by its members) a ZIP of `members` and returns its file. */
function cachedZip(members: { name: string; file: string }[], cacheDir: string): string {
  const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name));
  const key = createHash('sha256').update(JSON.stringify(sorted.map((m) => [m.name, path.basename(m.file)]))).digest('hex');
  const file = path.join(cacheDir, `${key}.zip`);
  if (!fs.existsSync(file)) {
    const zippable: Zippable = {};
    for (const m of sorted) zippable[m.name] = [fs.readFileSync(m.file), { level: 0, mtime: FIXED_DATE }];
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, zipSync(zippable));
    fs.renameSync(temp, file);
  }
  return file;
}

/** What goes in a ZIP for an image: its print PDF for a printed format, else its PNG. */
function member(img: CachedImage, pngName: string): { name: string; file: string } {
  if (FORMATS[img.format].print && img.pdf) return { name: pngName.replace(/\.png$/, '.pdf'), file: img.pdf.file };
  return { name: pngName, file: img.file };
}

/** Site path of each campaign's ZIP → its cache file (the dated images of the campaign's materials). */
export function campaignZips(entries: ContentEntries, images: CachedImage[], cacheDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const campaign of entries.campaigns) {
    const messageIds = new Set(entries.messages.filter((m) => m.data.campaigns.includes(campaign.id)).map((m) => m.id));
    const members = images
      .filter((img) => !img.undated && ((img.kind === 'chien-dich' && img.id === campaign.id) || (img.kind === 'thong-diep' && messageIds.has(img.id))))
      .map((img) => member(img, `${img.kind}-${img.id}/${img.id}-${img.format}.png`));
    out.set(campaignZipPath(campaign.id), cachedZip(members, cacheDir));
  }
  return out;
}

/** Site path of each message's ZIP → its cache file: every format, dated and undated. */
export function messageZips(entries: ContentEntries, images: CachedImage[], cacheDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const message of entries.messages) {
    const members = images.filter((img) => img.kind === 'thong-diep' && img.id === message.id).map((img) => member(img, downloadFileName(img.path)));
    out.set(messageZipPath(message.id), cachedZip(members, cacheDir));
  }
  return out;
}
