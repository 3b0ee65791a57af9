// Satori wraps every image (the agency logo, a cover photo) in an "overflow mask": one white
// rectangle, the image's own box. librsvg (what sharp draws SVG with) paints each mask into a
// scratch surface as large as the whole card, so on an A3 poster (17 million pixels) that one
// mask was about 85 % of the time to rasterise the poster (4,5 s of 5,0 s; 0,6 s without it).
// A mask that is one opaque white rectangle covering exactly the masked image's box hides
// nothing: dropping it leaves every pixel the same (tests/lib/images/svg-masks.test.ts compares
// the pixels). Any other mask is kept.

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const BOX_MASK = new RegExp(String.raw`<mask id="([^"]+)"><rect x="(${NUMBER})" y="(${NUMBER})" width="(${NUMBER})" height="(${NUMBER})" fill="#fff"\/><\/mask>`, 'g');
const IMAGE = /<image\b[^>]*>/g;

const attribute = (tag: string, name: string) => new RegExp(String.raw`\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The SVG with the masks that hide nothing taken off its images. */
export function dropNoOpImageMasks(svg: string): string {
  const boxes = new Map<string, string>();
  for (const [, id, x, y, width, height] of svg.matchAll(BOX_MASK)) boxes.set(id!, [x, y, width, height].join(' '));
  if (boxes.size === 0) return svg;
  return svg.replace(IMAGE, (tag) => {
    const id = /\smask="url\(#([^)]+)\)"/.exec(tag)?.[1];
    if (id === undefined || !boxes.has(id)) return tag;
    const box = ['x', 'y', 'width', 'height'].map((name) => attribute(tag, name)).join(' ');
    return box === boxes.get(id) ? tag.replace(` mask="url(#${id})"`, '') : tag;
  });
}
