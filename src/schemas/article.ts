// A news article (bài viết).
import { z } from 'zod';
import { isoDate, keywords, line, slug, text } from './common.ts';

export const articleSchema = z.strictObject({
  /** Headline. */
  title: line(160),
  /** Publication date. */
  date: isoDate(),
  /** Person or unit that wrote it. */
  author: line(120),
  /** Campaign the article belongs to (id in content/campaigns), optional. */
  campaign: slug().optional(),
  /** Free tags; each gets a tag page. */
  tags: z.array(line(40)).default([]),
  /** One or two sentences for lists, feeds and the meta description. */
  summary: line(300),
  /** Optional cover picture under public/ with its description for blind readers. */
  cover: z
    .strictObject({
      src: z.string().regex(/^\/[^\s]+\.(jpg|jpeg|png|webp|svg)$/, { error: 'cần đường dẫn ảnh trong public/, ví dụ /images/anh.jpg' }),
      alt: text(),
      width: z.int().positive(),
      height: z.int().positive(),
    })
    .optional(),
  /** Extra search words the page does not write itself (see keywords() in common.ts). */
  keywords: keywords(),
});

export type Article = z.output<typeof articleSchema>;
