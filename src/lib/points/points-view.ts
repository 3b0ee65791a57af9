// Collection points as the enrolment page shows them: grouped by commune (each group an anchor,
// the list of groups a filter that needs no JavaScript), with a tap-to-call link and a
// "Chỉ đường" link that hands the address to the phone's maps app (a plain link: nothing is
// loaded from another host until the person taps it).
import type { CollectionPoint, PointsFile } from '../../schemas/point.ts';
import { slug } from '../data/import-table.ts';

export interface PlacedPoint extends CollectionPoint {
  /** Made-up example point (labelled on the page). */
  illustrative: boolean;
  /** Where the list comes from. */
  source: string;
}

export interface CommuneGroup {
  /** Anchor on the page: "xa-doi-ngo-luc-nam". */
  anchor: string;
  commune: string;
  district?: string | undefined;
  province: string;
  points: PlacedPoint[];
}

const collator = new Intl.Collator('vi');

/** Every point of every file, grouped by commune (province, then district, then commune order). */
export function groupByCommune(files: readonly PointsFile[]): CommuneGroup[] {
  const groups = new Map<string, CommuneGroup>();
  for (const file of files) {
    for (const point of file.points) {
      const key = [point.province, point.district ?? '', point.commune].join('|');
      let group = groups.get(key);
      if (!group) {
        group = { anchor: `xa-${slug([point.commune, point.district ?? '', point.province].join(' '))}`, commune: point.commune, district: point.district, province: point.province, points: [] };
        groups.set(key, group);
      }
      group.points.push({ ...point, illustrative: file.illustrative, source: file.source });
    }
  }
  const order = (g: CommuneGroup) => [g.province, g.district ?? '', g.commune];
  return [...groups.values()]
    .map((g) => ({ ...g, points: [...g.points].sort((a, b) => collator.compare(a.name, b.name)) }))
    .sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return collator.compare(x[0]!, y[0]!) || collator.compare(x[1]!, y[1]!) || collator.compare(x[2]!, y[2]!);
    });
}

/** The full address as one line: "Số 5 phố Thân Nhân Trung, Thị trấn Đồi Ngô, Huyện Lục Nam, Tỉnh Bắc Giang". */
export function fullAddress(point: Pick<CollectionPoint, 'address' | 'commune' | 'district' | 'province'>): string {
  return [point.address, point.commune, point.district, point.province].filter(Boolean).join(', ');
}

/**
 * A maps link that phones open in their maps app (Google Maps' documented search URL): the
 * coordinates when known, otherwise the address.
 */
export function directionsUrl(point: CollectionPoint): string {
  const query = point.lat !== undefined && point.lng !== undefined ? `${point.lat},${point.lng}` : fullAddress(point);
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}

/** "0204 3884 123" → "tel:02043884123". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * The points serving a snapshot unit or any unit below it (`unitIds`: the unit and its
 * descendants), and the anchor of the first commune they are in — what a progress page links to.
 */
export function pointsForUnits(groups: readonly CommuneGroup[], campaign: string, unitIds: readonly string[]): { count: number; anchor: string } | null {
  const wanted = new Set(unitIds.map((id) => `${campaign}/${id}`));
  let count = 0;
  let anchor: string | null = null;
  for (const group of groups) {
    const here = group.points.filter((p) => p.units.some((u) => wanted.has(u))).length;
    if (here > 0 && anchor === null) anchor = group.anchor;
    count += here;
  }
  return anchor === null ? null : { count, anchor };
}
