// Sätteri (Astro 7's Markdown/MDX engine) hast plugin: the text of MDX bodies goes through
// inlineParts() — phone numbers become tel: links, a number and its unit go into a no-wrap span —
// exactly like the text components render from frontmatter (InlineText.astro). Heading ids are
// made from the text afterwards; the span keeps the text as written, so "15 năm" still gives
// "…-15-năm".
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import type { ElementContent, Parents, Text } from 'hast';
import { inlineParts } from '../../lib/format/inline-text.ts';

/** Text inside these stays as written: code is code. */
const LEAVE_ALONE = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

/** Where the text sits: inside code (leave it), inside a link (a link cannot hold a tel: link). */
function placeOf(node: Readonly<Text>, ctx: HastVisitorContext): { code: boolean; link: boolean } {
  const place = { code: false, link: false };
  let parent: Readonly<Parents> | undefined = ctx.parent(node);
  while (parent && parent.type !== 'root') {
    if (parent.type === 'element' && LEAVE_ALONE.has(parent.tagName)) place.code = true;
    if (parent.type === 'element' && parent.tagName === 'a') place.link = true;
    parent = ctx.parent(parent);
  }
  return place;
}

export const inlineTextPlugin = defineHastPlugin({
  name: 'loa-inline-text',
  text(node, ctx) {
    if (!/\d/.test(node.value)) return;
    const place = placeOf(node, ctx);
    if (place.code) return;
    const parts = inlineParts(node.value, { phones: !place.link });
    if (parts.every((part) => part.kind === 'text')) return;
    const nodes: ElementContent[] = parts.map((part) => {
      if (part.kind === 'text') return { type: 'text', value: part.text };
      const tel = part.kind === 'tel';
      return { type: 'element', tagName: tel ? 'a' : 'span', properties: tel ? { href: part.href, className: ['tel'] } : { className: ['nowrap'] }, children: [{ type: 'text', value: part.text }] };
    });
    ctx.replaceNode(node, nodes);
  },
});
