// Draws a unit-progress image with satori, like every card: texts fitted with satori's own
// measurements and drawn in Be Vietnam Pro (satori turns glyphs into paths, so no system font is
// ever involved), bars as plain boxes computed from the same numbers as the page's d3 charts.
import satori, { type Font } from 'satori';
import type { CardProps } from './card-props.ts';
import { FONT_FAMILY, textStyle, type Node } from './card-tree.ts';
import type { Box, PlacedSlot } from './card-layout.ts';
import { fitText, type Measure } from './fit-text.ts';
import type { ImageFormat } from './formats.ts';
import { minProgressText, progressLayout, type ProgressLayout } from './progress-layout.ts';
import { COLUMN_GAP_U, GAP_U, ROW_PITCH } from './ranking-geometry.ts';
import type { RankingSpec } from './progress-spec.ts';
// The renderer imports nothing outside src/lib/images (the image cache key hashes this folder's
// files, src/integrations/images/image-key.ts): the fold row's words come in the spec, from src/i18n.

const TRACK = '#E6E6E6';
const INK = '#1A1A1A';

function text(slot: PlacedSlot, size: number, color: string, extra: Record<string, string | number> = {}): Node {
  return { type: 'div', props: { style: { ...textStyle(slot, size, color), position: 'absolute', left: slot.x, top: slot.y, height: slot.height, ...extra }, children: slot.text } };
}

function box(b: Box, color: string): Node {
  return { type: 'div', props: { style: { position: 'absolute', left: b.x, top: b.y, width: b.width, height: b.height, backgroundColor: color } } };
}

/** Natural one-line widths of texts at 100 px, measured by satori (widths scale with the size). */
async function widthsAt100(texts: string[], weight: 400 | 700 | 800, fonts: Font[]): Promise<number[]> {
  const found = new Map<string, number>();
  const style = { display: 'flex', fontFamily: FONT_FAMILY, fontSize: 100, fontWeight: weight, whiteSpace: 'nowrap' };
  const tree: Node = { type: 'div', props: { style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width: 20_000 }, children: texts.map((t, i): Node => ({ type: 'div', key: `t${i}`, props: { style, children: t } })) } };
  await satori(tree as never, { width: 20_000, height: 200 * texts.length + 10, fonts, onNodeDetected: (n) => n.key !== undefined && found.set(String(n.key), n.width) });
  return texts.map((_, i) => found.get(`t${i}`) ?? Infinity);
}

/** A row of the plan; `folded` marks the one row standing for the units left out. */
type PlannedRow = RankingSpec['rows'][number] & { folded?: true };

interface RankingPlan {
  cols: number;
  size: number;
  rows: PlannedRow[];
}

/**
 * The largest type at which every row fits on one line (name, bar, label) in the columns the
 * planner chose (ranking-pages.ts), never below the smallest legible size. A spec that was not
 * split into pages and holds more rows than fit at that size (another tool's input) folds the
 * middle of the ranking into one row saying how many units it holds — the page lists them all.
 */
export async function planRanking(spec: RankingSpec, area: Box, u: number, fonts: Font[], minSize: number): Promise<RankingPlan> {
  // A page of a longer ranking sizes its type like its fullest page, with the widest texts of them all.
  const like = spec.sizeLike;
  const [names, labels] = await Promise.all([widthsAt100([...spec.rows.map((r) => r.name), ...(like ? [like.name] : [])], 700, fonts), widthsAt100([...spec.rows.map((r) => r.label), ...(like ? [like.label] : [])], 400, fonts)]);
  const perPx = (Math.max(...names) + Math.max(...labels)) / 100;
  const maxSize = 4.5 * u;
  const sizeFor = (cols: number, rowCount: number) => {
    const count = Math.max(rowCount, like?.rows ?? 0);
    const colWidth = (area.width - (cols - 1) * COLUMN_GAP_U * u) / cols;
    const rowHeight = area.height / Math.ceil(count / cols);
    // Name and label share a line with a bar that keeps at least 15 % of the column.
    return Math.floor(Math.min(maxSize, rowHeight / ROW_PITCH, (colWidth * 0.85 - 2 * GAP_U * u) / (perPx * 1.03)));
  };
  const cols = spec.cols ?? ([1, 2] as const).filter((c) => c === 1 || spec.rows.length >= 8).reduce((a, b) => (sizeFor(b, spec.rows.length) > sizeFor(a, spec.rows.length) ? b : a));
  const size = sizeFor(cols, spec.rows.length);
  const fit = Math.max(3, cols * Math.floor(area.height / (minSize * ROW_PITCH)));
  if (size >= minSize || spec.rows.length <= fit) return { cols, size: Math.max(size, minSize), rows: spec.rows };
  // Too many rows: keep as many as fit at the smallest size, top and bottom of the ranking.
  const head = Math.ceil((fit - 1) / 2);
  const tail = fit - 1 - head;
  const hidden = spec.rows.length - head - tail;
  const fold: PlannedRow = { name: spec.fold.others.replace('{n}', String(hidden)), fraction: null, label: spec.fold.seePage, color: '#595959', folded: true };
  const rows = [...spec.rows.slice(0, head), fold, ...spec.rows.slice(spec.rows.length - tail)];
  return { cols, size: Math.max(minSize, Math.min(sizeFor(cols, rows.length), maxSize)), rows };
}

async function rankingNodes(spec: RankingSpec, layout: ProgressLayout, fonts: Font[], minSize: number): Promise<Node[]> {
  const { body: area, u } = layout;
  const plan = await planRanking(spec, area, u, fonts, minSize);
  const like = spec.sizeLike;
  const [names, labels] = await Promise.all([widthsAt100([...plan.rows.map((r) => r.name), ...(like ? [like.name] : [])], 700, fonts), widthsAt100([...plan.rows.map((r) => r.label), ...(like ? [like.label] : [])], 400, fonts)]);
  const f = plan.size;
  const nameWidth = Math.ceil((Math.max(...names) * f * 1.03) / 100);
  const labelWidth = Math.ceil((Math.max(...labels) * f * 1.03) / 100);
  const gap = Math.round(GAP_U * u);
  const colGap = Math.round(COLUMN_GAP_U * u);
  const colWidth = Math.floor((area.width - (plan.cols - 1) * colGap) / plan.cols);
  const perCol = Math.ceil(plan.rows.length / plan.cols);
  const rowHeight = Math.min(area.height / Math.max(perCol, Math.ceil((spec.sizeLike?.rows ?? 0) / plan.cols)), f * 2.4);
  const trackWidth = colWidth - nameWidth - labelWidth - 2 * gap;
  const barHeight = Math.round(f * 0.8);
  const nodes: Node[] = [];
  plan.rows.forEach((row, i) => {
    const x = area.x + Math.floor(i / perCol) * (colWidth + colGap);
    const y = Math.round(area.y + (i % perCol) * rowHeight);
    const textTop = Math.round(y + (rowHeight - f * 1.25) / 2);
    const line = (t: string, left: number, width: number, weight: 400 | 700, color: string): Node => ({
      type: 'div',
      props: { style: { display: 'flex', position: 'absolute', left, top: textTop, width, height: Math.ceil(f * 1.25), fontFamily: FONT_FAMILY, fontSize: f, fontWeight: weight, lineHeight: 1.25, color, whiteSpace: 'nowrap' }, children: t },
    });
    nodes.push(line(row.name, x, nameWidth, 700, INK));
    const trackX = x + nameWidth + gap;
    const barY = Math.round(y + (rowHeight - barHeight) / 2);
    if (!row.folded) nodes.push(box({ x: trackX, y: barY, width: trackWidth, height: barHeight }, TRACK));
    if (row.fraction !== null && row.fraction > 0) nodes.push(box({ x: trackX, y: barY, width: Math.max(2, Math.round(trackWidth * row.fraction)), height: barHeight }, row.color));
    if (spec.target !== null && !row.folded) {
      const w = Math.max(2, Math.round(0.35 * u));
      nodes.push(box({ x: Math.round(trackX + trackWidth * spec.target - w / 2), y: Math.round(y + rowHeight * 0.1), width: w, height: Math.round(rowHeight * 0.8) }, INK));
    }
    nodes.push(line(row.label, trackX + trackWidth + gap, labelWidth, 400, row.color));
  });
  return nodes;
}

function headlineBar(percent: number | null, color: string, b: Box, u: number): Node[] {
  if (percent === null) return [];
  const max = Math.max(100, percent);
  const w = Math.max(3, Math.round(0.5 * u));
  return [box(b, TRACK), box({ ...b, width: Math.round((b.width * percent) / max) }, color), box({ x: Math.round(b.x + (b.width * 100) / max - w / 2), y: b.y - Math.round(u), width: w, height: b.height + Math.round(2 * u) }, INK)];
}

/** The progress image's element tree and the text sizes chosen (for tests). */
export async function progressTree(format: ImageFormat, props: CardProps, fonts: Font[], measure: Measure, logo: string): Promise<{ tree: Node; sizes: Record<string, number> }> {
  const spec = props.progress!;
  const layout = progressLayout(format, props);
  const sizes: Record<string, number> = {};
  // All slots at once: their measurements share satori layouts (see satori-measure.ts).
  await Promise.all(Object.entries(layout.slots).map(async ([name, slot]) => (sizes[name] = await fitText(slot, measure))));
  const { colors } = props;
  const s = layout.slots;
  const m = layout.margin;
  const children: Node[] = [
    box({ x: 0, y: 0, width: format.width, height: Math.round(m / 3) }, colors.primary),
    { type: 'img', props: { src: logo, width: layout.logo.width, height: layout.logo.height, style: { position: 'absolute', left: layout.logo.x, top: layout.logo.y, width: layout.logo.width, height: layout.logo.height } } },
    text(s.agency!, sizes.agency!, colors.primary),
    box(layout.band, colors.primary),
    box({ x: 0, y: layout.band.y, width: format.width, height: Math.max(2, Math.round(m / 6)) }, colors.accent),
    text(s.hotline!, sizes.hotline!, '#FFFFFF'),
    text(s.url!, sizes.url!, '#FFFFFF'),
    text(s.headline!, sizes.headline!, colors.primary),
  ];
  if (spec.kind === 'headline') {
    children.push(text(s.kicker!, sizes.kicker!, colors.text), text(s.numbers!, sizes.numbers!, colors.text), ...headlineBar(spec.percent, spec.status.color, layout.body, layout.u));
    children.push(text(s.status!, sizes.status!, spec.status.color), text(s.measure!, sizes.measure!, colors.text));
  } else {
    children.push(text(s.asOf!, sizes.asOf!, colors.text), ...(await rankingNodes(spec, layout, fonts, minProgressText(format))));
  }
  return { tree: { type: 'div', props: { style: { display: 'flex', position: 'relative', width: format.width, height: format.height, backgroundColor: colors.background }, children } }, sizes };
}
