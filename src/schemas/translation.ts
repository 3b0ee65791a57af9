// A translation of a Vietnamese entry (content/<collection>/km/<id>.mdx: same file name as the
// Vietnamese entry it translates). It carries the entry's reader-facing text only; everything
// else (campaigns, audiences, figures, dates, draft/publish) comes from the Vietnamese entry, so a
// translation can never publish something the Vietnamese site does not.
import { z } from 'zod';
import { line, text } from './common.ts';

/** Languages an entry can be translated into (folder name under the collection). */
export const TRANSLATION_LANGS = ['km'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

/** Collections whose entries can have a translated page. */
export const TRANSLATED_COLLECTIONS = ['messages', 'policies', 'audiences'] as const;
export type TranslatedCollection = (typeof TRANSLATED_COLLECTIONS)[number];

const review = {
  /**
   * Who checked the translation (a native speaker, e.g. "Thạch Sô Phi, Hội Phụ nữ phường 7").
   * Absent: the page says it is a sample translation still to be reviewed, in both languages.
   */
  reviewedBy: line(160).optional(),
};

export const messageTranslationSchema = z.strictObject({
  /** The slogan in the translated language. */
  text: line(200),
  /** A shorter form for small images, optional. */
  short: line(90).optional(),
  /** The loudspeaker script in the translated language, instead of the generated one. */
  broadcast: text().optional(),
  ...review,
});

export const policyTranslationSchema = z.strictObject({
  /** Page title. */
  title: line(160),
  /** One or two sentences under the title and in lists; amounts as {{…}}. */
  summary: text(),
  /** Questions and answers; only those translated are shown. */
  faq: z.array(z.strictObject({ q: line(200), a: text() })).default([]),
  /** The loudspeaker script in the translated language, instead of the generated one. */
  broadcast: text().optional(),
  ...review,
});

export const audienceTranslationSchema = z.strictObject({
  /** Name of the group. */
  name: line(120),
  /** How a person recognises themselves ("I am a farmer"). */
  iAm: line(120),
  /** One or two sentences for lists and the meta description. */
  summary: line(300),
  ...review,
});

export const translationSchemas = {
  messages: messageTranslationSchema,
  policies: policyTranslationSchema,
  audiences: audienceTranslationSchema,
} as const;

export type MessageTranslation = z.output<typeof messageTranslationSchema>;
export type PolicyTranslation = z.output<typeof policyTranslationSchema>;
export type AudienceTranslation = z.output<typeof audienceTranslationSchema>;
