// Sätteri hast plugin: Markdown tables that read on a 360 px phone. Each body cell gets its
// column's heading as data-label, the first cell of a row becomes its row header, and the table
// gets the class "stack": below the phone breakpoint global.css shows every row as a small card
// of "label: value" lines, without JavaScript, while the markup stays a real table (screen
// readers still announce rows, columns and headers).
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import type { Element, ElementContent, Parents } from 'hast';

const elements = (children: readonly ElementContent[] | readonly Parents['children'][number][]) =>
  (children as readonly { type: string }[]).filter((c): c is Element => c.type === 'element');

function headings(table: Readonly<Parents>, ctx: HastVisitorContext): string[] {
  const thead = elements(table.children).find((c) => c.tagName === 'thead');
  const row = thead && elements(thead.children).find((c) => c.tagName === 'tr');
  return row ? elements(row.children).map((th) => ctx.textContent(th).trim()) : [];
}

export const stackTablesPlugin = defineHastPlugin({
  name: 'loa-stack-tables',
  element: [
    {
      filter: ['table'],
      visit(node, ctx) {
        const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
        ctx.setProperty(node, 'className', [...classes, 'stack']);
      },
    },
    {
      filter: ['th'],
      visit(node, ctx) {
        const section = ctx.parent(ctx.parent(node) as Element);
        if (section?.type === 'element' && section.tagName === 'thead') ctx.setProperty(node, 'scope', 'col');
      },
    },
    {
      filter: ['td'],
      visit(node, ctx) {
        const row = ctx.parent(node);
        const body = ctx.parent(row as Element);
        const table = body && ctx.parent(body as Element);
        if (!table || (body as Element).tagName !== 'tbody') return;
        const column = elements(row.children.slice(0, ctx.indexOf(node))).length;
        const label = headings(table, ctx)[column];
        if (column === 0) {
          ctx.replaceNode(node, { ...node, tagName: 'th', properties: { ...node.properties, scope: 'row' }, children: [...node.children] });
        } else if (label) {
          ctx.setProperty(node, 'dataLabel', label);
        }
      },
    },
  ],
});
