// Direct labels that never sit on a line or on each other: each label tries its candidate
// positions in order and takes the first whose box (measured with the served font's metrics) stays
// inside the bounds, clear of every line segment, every point and every label placed before it.
// A label with no free position is dropped; the caller says its number somewhere else (legend).
import { boxesOverlap, segmentHitsBox, textBox, type Box } from './text-width.ts';

export type Anchor = 'start' | 'middle' | 'end';

export interface Candidate {
  x: number;
  /** Baseline. */
  y: number;
  anchor: Anchor;
}

export interface LabelRequest {
  id: string;
  text: string;
  size: number;
  weight: 400 | 700;
  candidates: Candidate[];
}

export interface PlacedLabel extends Candidate {
  id: string;
  text: string;
  size: number;
  weight: 400 | 700;
  box: Box;
}

export type Segment = readonly [number, number, number, number];

export interface Obstacles {
  /** Lines the labels must not cross: series, projection, target. */
  segments: readonly Segment[];
  /** Marks and labels already there (points, axis labels). */
  boxes: readonly Box[];
  /** Where labels may go. */
  bounds: Box;
}

/** Room kept between a label and a line, a mark or another label. */
export const LABEL_GAP = 2;

function inside(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
}

/** Places the labels in order of importance; a label that fits nowhere comes back as null. */
export function placeLabels(requests: readonly LabelRequest[], obstacles: Obstacles): (PlacedLabel | null)[] {
  const taken: Box[] = [...obstacles.boxes];
  return requests.map((req) => {
    for (const c of req.candidates) {
      const box = textBox(req.text, c.x, c.y, req.size, c.anchor, req.weight);
      if (!inside(box, obstacles.bounds)) continue;
      if (obstacles.segments.some(([x1, y1, x2, y2]) => segmentHitsBox(x1, y1, x2, y2, box, LABEL_GAP))) continue;
      if (taken.some((t) => boxesOverlap(t, { x: box.x - LABEL_GAP, y: box.y - LABEL_GAP, width: box.width + 2 * LABEL_GAP, height: box.height + 2 * LABEL_GAP }))) continue;
      taken.push(box);
      return { id: req.id, text: req.text, size: req.size, weight: req.weight, ...c, box };
    }
    return null;
  });
}

/** Segments of a polyline through the points. */
export function polylineSegments(points: readonly (readonly [number, number])[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) out.push([points[i - 1]![0], points[i - 1]![1], points[i]![0], points[i]![1]]);
  return out;
}
