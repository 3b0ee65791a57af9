// Acronyms used in official writing and the words citizens type, as groups of equivalent
// phrases. A page that writes one phrase of a group is also indexed under the others, so
// "bhxh tu nguyen" finds a page that only writes "bảo hiểm xã hội tự nguyện", and "bảo hiểm y tế"
// finds a page that only writes "BHYT". Spelling variants fold to the same words ("ủy"/"uỷ",
// "LĐTB&XH"/"LĐTBXH"), so each is listed once. Add a group here to teach search a new acronym;
// everyday words that mean the same thing (synonyms) are content, in content/search/tu-dong-nghia.yaml.
import { equivalentsIn, phraseGroups, type PhraseGroups } from './equivalents.ts';

export const ACRONYM_GROUPS: readonly (readonly string[])[] = [
  ['BHXH', 'bảo hiểm xã hội'],
  ['BHYT', 'bảo hiểm y tế'],
  ['BHTN', 'bảo hiểm thất nghiệp'],
  ['UBND', 'ủy ban nhân dân'],
  ['HĐND', 'hội đồng nhân dân'],
  ['MTTQ', 'mặt trận tổ quốc'],
  ['LĐTB&XH', 'LĐ-TB&XH', 'lao động thương binh và xã hội'],
  ['TDP', 'tổ dân phố'],
  ['KCB', 'khám chữa bệnh'],
  ['CCCD', 'căn cước công dân'],
  ['BCĐ', 'ban chỉ đạo'],
  ['NLĐ', 'người lao động'],
  ['HTX', 'hợp tác xã'],
  ['TNLĐ', 'tai nạn lao động'],
  ['BNN', 'bệnh nghề nghiệp'],
];

/** The acronym table as search words. */
export const ACRONYMS: PhraseGroups = phraseGroups(ACRONYM_GROUPS);

/**
 * The phrases equivalent to those found in `tokens` but not written there, through the acronym
 * table and then the site's synonyms: for tokens of "tham gia BHYT" → [["bao", "hiem", "y", "te"]].
 */
export function equivalentPhrases(tokens: readonly string[], synonyms: PhraseGroups = []): string[][] {
  return equivalentsIn(tokens, [...ACRONYMS, ...synonyms]);
}
