// Every generated image format, in one place: pixel size, what it is for, whether it carries the
// QR code and the agency block for print, and the smallest legible text size.

export const FORMAT_NAMES = ['og', 'square', 'story', 'poster-a4', 'poster-a3', 'banner', 'standee'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface ImageFormat {
  name: FormatName;
  width: number;
  height: number;
  /** What staff use it for, in Vietnamese (download pages, the image command's help). */
  label: string;
  /** Printed formats carry a QR code to the page they come from. */
  qr: boolean;
  /** Printed size in millimetres (trim size of the print PDF): printed formats only. */
  print?: { width: number; height: number };
  /**
   * Bands where the medium hides things, as fractions of the height: nothing essential (text,
   * QR code) is placed there, only background and colour. A story's top and bottom (the app's
   * bars), a roll-up standee's bottom (its base).
   */
  safe?: { top: number; bottom: number };
}

export const FORMATS: Record<FormatName, ImageFormat> = {
  og: { name: 'og', width: 1200, height: 630, label: 'Ảnh xem trước khi chia sẻ liên kết (Facebook, Zalo)', qr: false },
  square: { name: 'square', width: 1080, height: 1080, label: 'Bài đăng vuông cho trang Facebook, Zalo OA', qr: false },
  story: { name: 'story', width: 1080, height: 1920, label: 'Tin (story) và màn hình điện thoại', qr: false, safe: { top: 0.14, bottom: 0.14 } },
  // A4 and A3 portrait at 300 dpi.
  'poster-a4': { name: 'poster-a4', width: 2480, height: 3508, label: 'Áp phích in khổ A4', qr: true, print: { width: 210, height: 297 } },
  'poster-a3': { name: 'poster-a3', width: 3508, height: 4961, label: 'Áp phích, pano in khổ A3', qr: true, print: { width: 297, height: 420 } },
  // 5:1 street banner (băng rôn); 6000×1200 prints a 5 m × 1 m banner at about 30 dpi, plenty at
  // reading distance from the street.
  banner: { name: 'banner', width: 6000, height: 1200, label: 'Băng rôn ngang tỉ lệ 5:1', qr: true, print: { width: 5000, height: 1000 } },
  // 80 × 200 cm standee at 60 dpi: 1890 × 4724 (the minimum), ratio exactly 2:5 rounded.
  standee: { name: 'standee', width: 1890, height: 4724, label: 'Standee 80 × 200 cm cho sự kiện', qr: true, print: { width: 800, height: 2000 }, safe: { top: 0, bottom: 0.15 } },
};

export function isFormatName(value: string): value is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(value);
}

/** The format's unit: 1 % of its short side. Every distance in the layouts is a multiple of it. */
export function unit(format: ImageFormat): number {
  return Math.min(format.width, format.height) / 100;
}

/** Smallest legible text, in pixels: 4 % of the short side (about 1 cm on an A4 poster). */
export function minTextSize(format: ImageFormat): number {
  return Math.round(unit(format) * 4);
}

/** Landscape formats put the text beside the QR code; portrait ones stack it. */
export function isWide(format: ImageFormat): boolean {
  return format.width / format.height > 1.5;
}
