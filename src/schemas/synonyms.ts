// The site's synonyms for search (content/search/tu-dong-nghia.yaml): everyday words and the
// words the pages use, in groups. A page that writes one phrase of a group is also found by the
// others, with or without tone marks (src/lib/search/equivalents.ts).
import { z } from 'zod';
import { searchTokens } from '../lib/search/tokens.ts';
import { line } from './common.ts';

/** One phrase of a group: what a person types or a page writes, e.g. "tử tuất". */
const phrase = () => line(80).refine((value) => searchTokens(value).length > 0, { error: 'cần ít nhất một chữ hoặc số' });

export const synonymsSchema = z.strictObject({
  /** Groups of phrases that mean the same thing to a searcher; each group has two phrases or more. */
  groups: z.array(
    z.array(phrase(), { error: 'cần một nhóm dạng [cụm từ, cụm từ khác]' }).min(2, { error: 'mỗi nhóm cần ít nhất hai cụm từ' }),
    { error: 'cần một danh sách nhóm, mỗi nhóm một dòng dạng - [cụm từ, cụm từ khác]' },
  ),
});

export type Synonyms = z.output<typeof synonymsSchema>;
