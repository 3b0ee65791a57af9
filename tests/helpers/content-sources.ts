// Builds in-memory content for checker tests: only what a test names, plus a valid minimum.
import type { ContentSources, SourceFile } from '../../src/lib/content/check-content.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import type { TranslationSources } from '../../src/lib/content/check-translations.ts';
import type { TranslatedCollection, TranslationLang } from '../../src/schemas/translation.ts';

export const SITE_YAML = `name: Trang thử
tagline: Trang thử nghiệm.
agency:
  name: BHXH huyện Thử
locality: huyện Thử
hotline:
  display: 1900 9068
  dial: "19009068"
baseUrl: https://thu.example
colors:
  primary: "#0B5CAD"
  accent: "#F2A900"
  text: "#1A1A1A"
  background: "#FFFFFF"
logo: /logo.svg
currentCampaign: thang-5
disclaimer: Chỉ để tham khảo.
`;

export const CAMPAIGN = `---
title: Tháng cao điểm thử
theme: Điểm tựa an sinh
summary: Chiến dịch thử.
period:
  start: "2023-05-01"
  end: "2023-05-31"
locality: huyện Thử
document:
  number: 1/KH-UBND
  date: "2023-04-12"
  issuer: UBND huyện Thử
  level: huyen
audiences: [nong-dan]
milestones:
  - date: "2023-04-20"
    what: Họp triển khai
---
Nội dung.
`;

export const MESSAGE = `---
text: Tham gia BHXH tự nguyện để có lương hưu.
campaigns: [thang-5]
order: 1
---
`;

export const AUDIENCE = `---
name: Nông dân
iAm: Tôi là nông dân
summary: Người làm nông.
order: 1
---
`;

export const POLICY = `---
title: BHXH tự nguyện là gì?
summary: Giải thích ngắn.
topic: tong-quan
audiences: [nong-dan]
sources:
  - document: Luật 41/2024/QH15
    effective: "2025-07-01"
reviewed: "2026-11-22"
---
Nội dung.
`;

export const ARTICLE = `---
title: Ra quân tháng cao điểm
date: "2023-05-02"
author: Phòng Truyền thông
campaign: thang-5
tags: [tháng cao điểm]
summary: Tin ra quân.
---
Nội dung.
`;

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * A valid content folder in memory; `files` replaces or adds files by path under content/
 * (e.g. { 'campaigns/thang-5.mdx': '…' }); a value of null removes the file.
 */
export function contentSources(files: Record<string, string | Uint8Array | null> = {}): ContentSources {
  const all: Record<string, string | Uint8Array | null> = {
    'site.yaml': SITE_YAML,
    'campaigns/thang-5.mdx': CAMPAIGN,
    'messages/thang-5-1.mdx': MESSAGE,
    'audiences/nong-dan.mdx': AUDIENCE,
    'policies/la-gi.mdx': POLICY,
    'articles/ra-quan.mdx': ARTICLE,
    ...files,
  };
  const toSource = (name: string, value: string | Uint8Array): SourceFile => ({
    file: `content/${name}`,
    bytes: typeof value === 'string' ? encode(value) : value,
  });
  const collections = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [] as SourceFile[]])) as ContentSources['collections'];
  let site: SourceFile | null = null;
  const translations: TranslationSources = {};
  let synonyms: SourceFile | null = null;
  for (const [name, value] of Object.entries(all)) {
    if (value === null) continue;
    if (name === 'site.yaml') {
      site = toSource(name, value);
      continue;
    }
    if (name === 'search/tu-dong-nghia.yaml') {
      synonyms = toSource(name, value);
      continue;
    }
    const parts = name.split('/');
    // content/<collection>/<lang>/<id>.mdx: a translation.
    if (parts.length === 3) {
      const [collection, lang] = parts as [TranslatedCollection, TranslationLang];
      ((translations[lang] ??= {})[collection] ??= []).push(toSource(name, value));
      continue;
    }
    const folder = parts[0] as keyof typeof collections;
    collections[folder].push(toSource(name, value));
  }
  return { site, collections, synonyms, translations };
}
