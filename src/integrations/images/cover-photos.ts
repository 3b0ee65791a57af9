// Article cover photos: staff upload what their phone took (often 4000 px and several MB); the
// page gets a copy at most 1200 px wide in WebP, turned upright from the photo's EXIF
// orientation, with its real pixel size so the page does not jump while it loads. Cached by the
// photo's bytes like the generated images.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { ContentEntries } from '../../lib/content/entries.ts';
import { coverPath, type ManifestCover } from '../../lib/images/manifest.ts';
import { publicFile } from '../public-files.ts';

const MAX_WIDTH = 1200;
const VERSION = 'cover-v1';

export interface CoverFile extends ManifestCover {
  /** Cache file to copy into the site. */
  file: string;
}

/** Resized covers by article id; `problems` lists covers whose file is missing or unreadable. */
export async function coverPhotos(entries: ContentEntries, cacheDir: string): Promise<{ covers: Map<string, CoverFile>; problems: string[] }> {
  const covers = new Map<string, CoverFile>();
  const problems: string[] = [];
  for (const article of entries.articles) {
    const cover = article.data.cover;
    if (!cover) continue;
    const source = publicFile(cover.src);
    if (!source) {
      problems.push(`  • ${article.file} › cover.src: không thấy tệp ảnh ${cover.src} (đặt ảnh trong thư mục public/images/ của nội dung)`);
      continue;
    }
    const bytes = fs.readFileSync(source);
    const file = path.join(cacheDir, `${createHash('sha256').update(VERSION).update(bytes).digest('hex')}.cover.webp`);
    try {
      if (!fs.existsSync(file)) {
        await sharp(bytes).rotate().resize({ width: MAX_WIDTH, withoutEnlargement: true }).webp({ quality: 80 }).toFile(`${file}.tmp`);
        fs.renameSync(`${file}.tmp`, file);
      }
      const { width, height } = await sharp(file).metadata();
      covers.set(article.id, { path: coverPath(article.id), width: width!, height: height!, file });
    } catch (error) {
      problems.push(`  • ${article.file} › cover.src: không đọc được ảnh ${cover.src} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return { covers, problems };
}
