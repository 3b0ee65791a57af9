// Where the content lives: ./content by default, or the folder named by LOA_CONTENT_DIR, so a
// locality can keep its own content outside this repository.
import path from 'node:path';

export const DEFAULT_CONTENT_DIR = 'content';

/** Absolute path of the content folder. */
export function resolveContentDir(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): string {
  const chosen = env.LOA_CONTENT_DIR?.trim();
  return path.resolve(root, chosen && chosen.length > 0 ? chosen : DEFAULT_CONTENT_DIR);
}

/** A path as shown to authors: relative to the project when inside it, absolute otherwise. */
export function displayPath(absolute: string, root: string = process.cwd()): string {
  const relative = path.relative(root, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}
