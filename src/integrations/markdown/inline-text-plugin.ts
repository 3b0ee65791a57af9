// Sätteri (Astro 7's Markdown/MDX engine) hast plugin: the text of MDX bodies goes through
// inlineParts() — phone numbers become tel: links, numbers keep their units — exactly like
// the text components render from frontmatter (InlineText.astro).
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import type { ElementContent, Parents, Text } from 'hast';
import { inlineParts } from '../../lib/format/inline-text.ts';

/**
 * Text inside these stays as written: a link cannot hold another link; code is code; a heading's
 * id is made from its text after this step, and "15 năm" must keep giving "…-15-năm" (links
 * and the A–Z index point at those ids).
 */
const LEAVE_ALONE = new Set(['a', 'code', 'pre', 'script', 'style', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function insideLeftAlone(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
  let parent: Readonly<Parents> | undefined = ctx.parent(node);
  while (parent && parent.type !== 'root') {
    if (parent.type === 'element' && LEAVE_ALONE.has(parent.tagName)) return true;
    parent = ctx.parent(parent);
  }
  return false;
}

export const inlineTextPlugin = defineHastPlugin({
  name: 'loa-inline-text',
  text(node, ctx) {
    if (!/\d/.test(node.value) || insideLeftAlone(node, ctx)) return;
    const parts = inlineParts(node.value);
    const unchanged = parts.length === 1 && parts[0]!.kind === 'text' && parts[0]!.text === node.value;
    if (unchanged) return;
    const nodes: ElementContent[] = parts.map((part) =>
      part.kind === 'tel'
        ? { type: 'element', tagName: 'a', properties: { href: part.href, className: ['tel'] }, children: [{ type: 'text', value: part.text }] }
        : { type: 'text', value: part.text },
    );
    ctx.replaceNode(node, nodes);
  },
});
