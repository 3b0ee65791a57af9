// The A–Z index: the topics people look for ("mức đóng", "lương hưu", each pointing at the page
// that answers it, from the pages' indexTerms) and every page, under the letter each starts with.
import { compareVi, foldMarks } from '../format/text.ts';

export interface IndexItem {
  title: string;
  href: string;
  /** Kind of page, shown next to the title (Chính sách, Bài viết…). */
  kind: string;
  /** What tells this entry apart from another with the same title (campaign, date): shown only then. */
  detail?: string;
  /** For a topic: the title of the page it leads to, always shown ("xem: …"). */
  see?: string;
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

/** An indexTerms entry: "mai táng#tiền-mai-táng" → the words as an entry title, and the section. */
export function parseIndexTerm(raw: string): { title: string; anchor?: string } {
  const [words = '', anchor] = raw.split('#');
  const trimmed = words.trim();
  return { title: trimmed.charAt(0).toLocaleUpperCase('vi') + trimmed.slice(1), ...(anchor && { anchor }) };
}

/** The A–Z entries of one page's indexTerms, each pointing at the page (or its section). */
export function topicItems(terms: readonly string[], page: { href: string; title: string; kind: string }): IndexItem[] {
  return terms.map((raw) => {
    const { title, anchor } = parseIndexTerm(raw);
    return { title, href: anchor ? `${page.href}#${anchor}` : page.href, kind: page.kind, see: page.title };
  });
}

const sameTitle = (title: string) => title.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/**
 * Groups items by letter, letters and titles in Vietnamese alphabetical order ("#" last). An
 * item keeps its `detail` only when another item has the same title, so two identical slogans
 * of different campaigns read "(Thông điệp · Bắc Giang 2023)" and "(… · Thọ Xương 2024)".
 */
export function buildAzIndex(items: readonly IndexItem[]): IndexGroup[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(sameTitle(item.title), (counts.get(sameTitle(item.title)) ?? 0) + 1);
  const groups = new Map<string, IndexItem[]>();
  for (const item of items) {
    const { detail, ...rest } = item;
    const shown = detail !== undefined && (counts.get(sameTitle(item.title)) ?? 0) > 1 ? { ...rest, detail } : rest;
    const letter = indexLetter(item.title);
    groups.set(letter, [...(groups.get(letter) ?? []), shown]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : compareVi(a, b) || a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, items: [...list].sort((x, y) => compareVi(sameTitle(x.title), sameTitle(y.title)) || (x.detail ?? '').localeCompare(y.detail ?? '', 'vi') || compareVi(x.title, y.title) || x.href.localeCompare(y.href)) }));
}
