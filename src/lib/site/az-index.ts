// The A–Z index: every page under the letter its title starts with.
import { compareVi, foldMarks } from '../format/text.ts';

export interface IndexItem {
  title: string;
  href: string;
  /** Kind of page, shown next to the title (Chính sách, Bài viết…). */
  kind: string;
}

export interface IndexGroup {
  letter: string;
  items: IndexItem[];
}

/**
 * The letter a title is filed under. Tone marks and vowel marks are ignored (so "Ứng" is under U,
 * where people look for it) but Đ keeps its own letter, as in Vietnamese dictionaries.
 * Titles starting with a digit or a symbol go under "#".
 */
export function indexLetter(title: string): string {
  const first = title.trim().normalize('NFC').charAt(0);
  if (first === 'Đ' || first === 'đ') return 'Đ';
  const folded = foldMarks(first).toUpperCase();
  return /[A-Z]/.test(folded) ? folded : '#';
}

/** Groups items by letter, letters and titles in Vietnamese alphabetical order ("#" last). */
export function buildAzIndex(items: readonly IndexItem[]): IndexGroup[] {
  const groups = new Map<string, IndexItem[]>();
  for (const item of items) {
    const letter = indexLetter(item.title);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : compareVi(a, b) || a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, items: [...list].sort((x, y) => compareVi(x.title, y.title) || x.href.localeCompare(y.href)) }));
}
