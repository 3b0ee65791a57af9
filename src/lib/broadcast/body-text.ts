// An entry's MDX body as the paragraphs an announcer reads: headings, paragraphs and list items
// as plain sentences, links as their words; code, HTML and MDX components left out (a body that
// needs them is better served by the staff's own script, frontmatter `broadcast`).
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';

function blocks(node: RootContent): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [toString(node)];
    case 'list':
      return node.children.flatMap((item) => item.children.flatMap(blocks));
    case 'blockquote':
      return node.children.flatMap(blocks);
    default:
      return [];
  }
}

/** Plain paragraphs of a Markdown/MDX body, whitespace tidied, empty ones dropped. */
export function bodyParagraphs(body: string): string[] {
  return fromMarkdown(body)
    .children.flatMap(blocks)
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => /[\p{L}\p{N}]/u.test(text));
}
