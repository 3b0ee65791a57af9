// A news article (bài viết).
import { z } from 'zod';
import { draft, indexTerms, isoDate, keywords, line, ref, text } from './common.ts';

export const articleSchema = z.strictObject({
  /** Headline. */
  title: line(160),
  /** Publication date: an article dated after the build's reference date waits until that day. */
  date: isoDate(),
  /** Kept out of the site while true: see src/lib/content/publication.ts. */
  draft: draft(),
  /** Person or unit that wrote it. */
  author: line(120),
  /** Campaign the article belongs to (id in content/campaigns), optional. */
  campaign: ref('campaigns').optional(),
  /** Free tags; each gets a tag page. */
  tags: z.array(line(40)).default([]),
  /** One or two sentences for lists, feeds and the meta description. */
  summary: line(300),
  /** Topics of the A–Z index this article answers (see indexTerms in common.ts). */
  indexTerms: indexTerms(),
  /** Optional cover picture under public/ with its description for blind readers. */
  cover: z
    .strictObject({
      /** The picture, e.g. /images/hop-dan.jpg (under the content folder's public/ or the site's public/). */
      src: z.string().regex(/^\/[^\s]+\.(jpg|jpeg|png|webp|svg)$/i, { error: 'cần đường dẫn ảnh .jpg, .png, .webp hoặc .svg, ví dụ /images/anh.jpg' }).meta({ widget: 'image' }),
      /** What the picture shows, for readers who cannot see it. */
      alt: text(),
      /** Pixel size; read from the file when left out (the build resizes the photo anyway). */
      width: z.int().positive().optional(),
      height: z.int().positive().optional(),
    })
    .optional(),
  /** Extra search words the page does not write itself (see keywords() in common.ts). */
  keywords: keywords(),
});

export type Article = z.output<typeof articleSchema>;
