// A news article (bài viết).
import { z } from 'zod';
import { indexTerms, isoDate, line, slug, text } from './common.ts';

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
  /** Topics of the A–Z index this article answers (see indexTerms in common.ts). */
  indexTerms: indexTerms(),
  /** Optional cover picture under public/ with its description for blind readers. */
  cover: z
    .strictObject({
      src: z.string().regex(/^\/[^\s]+\.(jpg|jpeg|png|webp|svg)$/, { error: 'cần đường dẫn ảnh trong public/, ví dụ /images/anh.jpg' }),
      alt: text(),
      width: z.int().positive(),
      height: z.int().positive(),
    })
    .optional(),
});

export type Article = z.output<typeof articleSchema>;
