// FAQPage structured data (schema.org) for a policy page's questions and answers.

export interface FaqPair {
  q: string;
  a: string;
}

/** The JSON-LD object for a list of questions; null when there are none (no empty FAQPage). */
export function faqJsonLd(pairs: readonly FaqPair[]): Record<string, unknown> | null {
  if (pairs.length === 0) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: 'vi',
    mainEntity: pairs.map((pair) => ({
      '@type': 'Question',
      name: pair.q,
      acceptedAnswer: { '@type': 'Answer', text: pair.a },
    })),
  };
}

/** Serialises JSON-LD for a <script> element: "<" is escaped so text can never close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
