// Puts a cached file (image, preview, ZIP) into the site being built. A hard link where the
// cache and the site share a file system: no bytes copied, so a national site's gigabytes of
// images cost the warm build nothing. Cache files are written once under a temporary name and
// renamed, never changed in place, so a link can never see a file change under it; deleting
// the cache later leaves the site's links intact. Elsewhere (another disk), a copy.
import fs from 'node:fs';
import path from 'node:path';

const made = new Set<string>();

export function publishFile(from: string, to: string): void {
  const dir = path.dirname(to);
  if (!made.has(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  try {
    fs.linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && fs.existsSync(from)) {
      // The folder went away since it was made (another build step cleared it): make it again.
      fs.mkdirSync(dir, { recursive: true });
      return publishFile(from, to);
    }
    if (code === 'EEXIST') fs.rmSync(to);
    else if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
    fs.copyFileSync(from, to, fs.constants.COPYFILE_FICLONE);
  }
}
