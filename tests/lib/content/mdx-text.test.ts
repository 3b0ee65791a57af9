import { describe, expect, test } from 'vitest';
import { escapeMdxFile, escapeMdxText } from '../../../src/lib/content/mdx-text.ts';

describe('escapeMdxText', () => {
  test('braces and "<" typed in a sentence are escaped, ">" is left as typed', () => {
    expect(escapeMdxText('Mức {tối thiểu} khi tuổi < 60 và > 15 năm')).toBe('Mức \\{tối thiểu\\} khi tuổi \\< 60 và > 15 năm');
  });
  test('markup typed as text becomes text, not HTML or JSX', () => {
    expect(escapeMdxText('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
  });
  test('code spans and code blocks keep their characters', () => {
    const body = 'Gõ `{x} < y` như sau:\n\n```\nif (a < b) { }\n```\n';
    expect(escapeMdxText(body)).toBe(body);
  });
  test('an already escaped character is not escaped twice; an escaped backslash is not an escape', () => {
    expect(escapeMdxText('\\{a\\}')).toBe('\\{a\\}');
    expect(escapeMdxText('\\\\{a}')).toBe('\\\\\\{a\\}');
    expect(escapeMdxText(escapeMdxText('x {y} < z'))).toBe(escapeMdxText('x {y} < z'));
  });
  test('amounts computed from the rules ("{{name}}") are left for their own step', () => {
    expect(escapeMdxText('Mức thấp nhất là {{muc-dong-thap-nhat}} {mỗi} tháng, {{tu-dong-khac x 3}}.')).toBe('Mức thấp nhất là {{muc-dong-thap-nhat}} \\{mỗi\\} tháng, {{tu-dong-khac x 3}}.');
  });
  test('an amount before a code span, and a brace right after a code span', () => {
    expect(escapeMdxText('{{muc-dong-thap-nhat}} và `a{b}` rồi {c}')).toBe('{{muc-dong-thap-nhat}} và `a{b}` rồi \\{c\\}');
    expect(escapeMdxText('`x`{y}')).toBe('`x`\\{y\\}');
  });
  test('a blockquote keeps its ">" marker', () => {
    expect(escapeMdxText('> Trích {dẫn}')).toBe('> Trích \\{dẫn\\}');
  });
});

describe('escapeMdxFile', () => {
  test('the frontmatter is untouched, only the body is escaped', () => {
    expect(escapeMdxFile('---\ntitle: "a {b}"\n---\nThân {bài}\n')).toBe('---\ntitle: "a {b}"\n---\nThân \\{bài\\}\n');
  });
  test('a file without frontmatter is all body', () => {
    expect(escapeMdxFile('a < b')).toBe('a \\< b');
  });
});
