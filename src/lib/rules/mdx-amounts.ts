// Turns the "{{name}}" amounts of an MDX body into a component that computes them at render time
// (src/components/guidance/Amount.astro), leaving frontmatter, fenced code and inline code alone.
// Pure text in, text out; the Vite plugin (src/integrations/vite-amounts.ts) applies it.
import { AMOUNT_PATTERN } from './amount-expression.ts';

const FRONTMATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
const FENCE = /^\s*(```|~~~)/;

/** The component name used in the rewritten source (an unlikely name, so it never clashes). */
export const AMOUNT_COMPONENT = 'LoaAmount';

function replaceOutsideInlineCode(line: string): string {
  // Even segments are outside `inline code`.
  return line
    .split('`')
    .map((segment, i) => (i % 2 === 0 ? segment.replace(AMOUNT_PATTERN, (_, inside: string) => `<${AMOUNT_COMPONENT} expr=${JSON.stringify(inside.trim())} />`) : segment))
    .join('`');
}

/**
 * The MDX source with every amount expression of its body replaced by the component, and the
 * component's import appended (ESM may stand anywhere in MDX; at the end line numbers stay).
 * Returns null when the body has no expression.
 */
export function rewriteMdxAmounts(source: string, componentPath: string): string | null {
  const head = FRONTMATTER.exec(source)?.[0] ?? '';
  const body = source.slice(head.length);
  if (!body.includes('{{')) return null;
  let inFence = false;
  const lines = body.split('\n').map((line) => {
    if (FENCE.test(line)) {
      inFence = !inFence;
      return line;
    }
    return inFence ? line : replaceOutsideInlineCode(line);
  });
  const rewritten = lines.join('\n');
  if (rewritten === body) return null;
  return `${head}${rewritten}\n\nimport ${AMOUNT_COMPONENT} from ${JSON.stringify(componentPath)};\n`;
}
