// Staff write bodies as plain Markdown, in the editor at /admin/ or in a text editor, and a "{",
// "}" or "<" typed in a sentence ("mức đóng {tối thiểu}", "tuổi < 60") must stay text. MDX reads
// "{" as the start of a JavaScript expression and "<" as the start of a JSX tag: one such
// character stops the whole build. escapeMdxText puts a Markdown backslash before each of them
// outside code, so MDX (and plain Markdown, where "<" would otherwise start raw HTML) shows them
// as typed. ">" is left alone: MDX reads it as text, and at a line start it is a quotation.
// Amounts computed from the rules ("{{muc-dong-thap-nhat}}", src/lib/rules/amounts.ts) are left
// whole: the next step (src/integrations/vite-amounts.ts) turns them into their component.
import { markdownToMdast } from 'satteri';
import { AMOUNT_PATTERN } from '../rules/amount-expression.ts';

/** Characters MDX would read as code or markup, escaped outside code. */
const SPECIAL = new Set(['{', '}', '<']);

interface Node {
  type: string;
  position?: { start: { offset: number }; end: { offset: number } };
  children?: Node[];
}

/** [start, end) offsets (UTF-16, as JavaScript indexes strings) of code spans and code blocks. */
export function codeRanges(markdown: string): [number, number][] {
  const ranges: [number, number][] = [];
  const walk = (node: Node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) ranges.push([node.position.start.offset, node.position.end.offset]);
    node.children?.forEach(walk);
  };
  walk(markdownToMdast(markdown, { features: { frontmatter: false } }) as unknown as Node);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** [start, end) offsets of the "{{…}}" amount expressions of a text. */
function amountRanges(text: string): [number, number][] {
  return [...text.matchAll(new RegExp(AMOUNT_PATTERN.source, 'g'))].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}

/**
 * The body with every "{", "}" and "<" outside code and outside amount expressions preceded by a
 * backslash. Characters already escaped are left as they are, so running it twice changes nothing.
 */
export function escapeMdxText(body: string): string {
  if (![...SPECIAL].some((c) => body.includes(c))) return body;
  const ranges = [...codeRanges(body), ...amountRanges(body)].sort((a, b) => a[0] - b[0]);
  let out = '';
  let range = 0;
  let backslashes = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    while (range < ranges.length && ranges[range]![1] <= i) range++;
    const inCode = range < ranges.length && ranges[range]![0] <= i;
    if (!inCode && SPECIAL.has(char) && backslashes % 2 === 0) out += '\\';
    out += char;
    backslashes = char === '\\' && !inCode ? backslashes + 1 : 0;
  }
  return out;
}

const FRONTMATTER = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** A whole .md/.mdx file with its body escaped; the frontmatter is left untouched. */
export function escapeMdxFile(source: string): string {
  const head = FRONTMATTER.exec(source)?.[0] ?? '';
  return head + escapeMdxText(source.slice(head.length));
}
