// The print PDF's geometry on small hand-made SVGs, fast enough for every mutant of the mutation
// run (tests/lib/images/print-pdf.test.ts checks the real posters' PDFs, pixels and QR code).
// A4 is 210 × 297 mm = 595.28 × 841.89 pt; 3 mm = 8.50 pt.
import { describe, expect, test } from 'vitest';
import { bleedSvg, inlineSvgImages, printBoxes, printPdf } from '../../../src/lib/images/print-pdf.ts';
import { FORMATS } from '../../../src/lib/images/formats.ts';

describe('bleedSvg', () => {
  test('rectangles touching an edge run on into the bleed; others, unfilled ones and satori’s masks do not', () => {
    const svg =
      '<svg width="100" height="50" viewBox="0 0 100 50" xmlns="http://www.w3.org/2000/svg">' +
      '<mask id="satori_om-id-0"><rect x="0" y="0" width="100" height="50" fill="#fff"/></mask>' +
      '<rect x="0" y="0" width="100" height="50" fill="#fff" mask="url(#satori_om-id-0)"/>' +
      '<rect x="0" y="40" width="100" height="10" fill="#0a5"/>' +
      '<rect x="10" y="10" width="20" height="5" fill="#000"/>' +
      '<rect x="90" y="5" width="10" height="5" stroke="#000"/>' +
      '</svg>';
    expect(bleedSvg(svg, 100, 50, 3)).toBe(
      '<svg width="106" height="56" viewBox="0 0 106 56" xmlns="http://www.w3.org/2000/svg"><g transform="translate(3 3)">' +
        '<rect x="-3" y="-3" width="106" height="56" fill="#fff"/>' +
        '<rect x="-3" y="40" width="106" height="13" fill="#0a5"/>' +
        '<rect x="10" y="10" width="20" height="5" fill="#000"/>' +
        '<rect x="90" y="5" width="10" height="5" stroke="#000"/>' +
        '</g></svg>',
    );
  });

  test('a rectangle on the right or bottom edge only stretches that way', () => {
    const svg = '<svg><rect x="80" y="10" width="20" height="40" fill="#123456"/></svg>';
    expect(bleedSvg(svg, 100, 50, 2)).toBe('<svg width="104" height="54" viewBox="0 0 104 54" xmlns="http://www.w3.org/2000/svg"><g transform="translate(2 2)"><rect x="80" y="10" width="22" height="42" fill="#123456"/></g></svg>');
  });
});

describe('inlineSvgImages', () => {
  const b64 = (text: string) => Buffer.from(text).toString('base64');

  test('an SVG logo becomes a nested <svg> stretched to the same box; other images stay', () => {
    const logo = b64('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5"/></svg>');
    expect(inlineSvgImages(`<image x="1" y="2" width="30" height="30" href="data:image/svg+xml;base64,${logo}" preserveAspectRatio="none" clip-path="url(#c)"/>`)).toBe(
      '<svg x="1" y="2" width="30" height="30" viewBox="0 0 10 10" preserveAspectRatio="none"><circle cx="5" cy="5" r="5"/></svg>',
    );
    const noViewBox = b64('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    expect(inlineSvgImages(`<image width="4" height="4" href="data:image/svg+xml;base64,${noViewBox}"/>`)).toBe('<svg width="4" height="4" preserveAspectRatio="none"><rect width="10" height="10"/></svg>');
    const png = '<image width="1" height="1" href="data:image/png;base64,AAAA"/>';
    expect(inlineSvgImages(png)).toBe(png);
    const notSvg = `<image width="1" height="1" href="data:image/svg+xml;base64,${b64('nothing here')}"/>`;
    expect(inlineSvgImages(notSvg)).toBe(notSvg);
  });
});

describe('printBoxes', () => {
  test('A4: the trim box is the sheet, the bleed 3 mm more each side, the page the bleed box', () => {
    const b = printBoxes(FORMATS['poster-a4'], false);
    expect(b.page.width).toBeCloseTo(612.28, 2);
    expect(b.page.height).toBeCloseTo(858.9, 2);
    [8.504, 8.504, 603.78, 850.394].forEach((v, i) => expect(b.trim[i]).toBeCloseTo(v, 2));
    [0, 0, 612.28, 858.9].forEach((v, i) => expect(b.bleed[i]).toBeCloseTo(v, 2));
    expect(b.trim[2] - b.trim[0]).toBeCloseTo(595.28, 2);
    expect(b.trim[3] - b.trim[1]).toBeCloseTo(841.89, 2);
  });

  test('with crop marks, 12 mm (34.02 pt) more room on each side for them', () => {
    const b = printBoxes(FORMATS['poster-a4'], true);
    expect(b.page.width).toBeCloseTo(680.315, 2);
    expect(b.page.height).toBeCloseTo(926.93, 2);
    [42.52, 42.52, 637.795, 884.409].forEach((v, i) => expect(b.trim[i]).toBeCloseTo(v, 2));
    [34.016, 34.016, 646.299, 892.913].forEach((v, i) => expect(b.bleed[i]).toBeCloseTo(v, 2));
  });
});

describe('printPdf', () => {
  const svg = `<svg width="2480" height="3508" viewBox="0 0 2480 3508" xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="2480" height="3508" fill="#0a5"/></svg>`;
  /** The numbers of a box the page dictionary writes, e.g. "/TrimBox [8.5 8.5 603.78 850.39]". */
  const box = (pdf: Buffer, name: string) => new RegExp(`/${name} \\[([^\\]]+)\\]`).exec(pdf.toString('latin1'))![1]!.trim().split(/\s+/).map(Number);

  test('writes TrimBox and BleedBox on the page, the same bytes every time', async () => {
    const pdf = await printPdf(FORMATS['poster-a4'], svg);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const trim = box(pdf, 'TrimBox');
    const bleed = box(pdf, 'BleedBox');
    [8.5, 8.5, 603.78, 850.39].forEach((v, i) => expect(trim[i]).toBeCloseTo(v, 1));
    [0, 0, 612.28, 858.9].forEach((v, i) => expect(bleed[i]).toBeCloseTo(v, 1));
    expect(box(pdf, 'MediaBox')[2]).toBeCloseTo(612.28, 1);
    expect(pdf.equals(await printPdf(FORMATS['poster-a4'], svg))).toBe(true);
    // Crop marks widen the page.
    expect(box(await printPdf(FORMATS['poster-a4'], svg, { cropMarks: true }), 'MediaBox')[2]).toBeCloseTo(680.31, 1);
  });

  test('refuses a format that is not printed', async () => {
    await expect(printPdf(FORMATS.og, svg)).rejects.toThrow('Khổ og không phải khổ in.');
  });
});
