// Acronyms used in official writing and the words citizens type, as groups of equivalent
// phrases. A page that writes one phrase of a group is also indexed under the others, so
// "bhxh tu nguyen" finds a page that only writes "bảo hiểm xã hội tự nguyện", and "bảo hiểm y tế"
// finds a page that only writes "BHYT". Spelling variants fold to the same words ("ủy"/"uỷ",
// "LĐTB&XH"/"LĐTBXH"), so each is listed once. Add a group here to teach search a new acronym.
import { findPhrase, searchTokens } from './tokens.ts';

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

const GROUPS: readonly (readonly string[][])[] = ACRONYM_GROUPS.map((group) => group.map(searchTokens));

/**
 * The phrases (as token lists) equivalent to those found in `tokens` but not written there:
 * for tokens of "tham gia BHYT" → [["bao", "hiem", "y", "te"]].
 */
export function equivalentPhrases(tokens: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const group of GROUPS) {
    const present = group.filter((phrase) => findPhrase(tokens, phrase).length > 0);
    if (present.length === 0) continue;
    for (const phrase of group) {
      if (!present.includes(phrase) && !out.some((p) => p.join(' ') === phrase.join(' '))) out.push(phrase);
    }
  }
  return out;
}
