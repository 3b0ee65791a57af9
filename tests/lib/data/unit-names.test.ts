// Child units named without the level word the heading already says (src/lib/data/unit-names.ts).
import { describe, expect, it } from 'vitest';
import { shortNames } from '../../../src/lib/data/unit-names.ts';

describe('shortNames', () => {
  it('a place name starting with the letters "số" is a place name (Sốp Cộp, Sơn La), not the number word', () => {
    expect(shortNames([{ name: 'Xã Sốp Cộp', level: 'xã' }])).toEqual(['Sốp Cộp']);
  });
  it('"Số" alone is the number word, in any case: "Tổ dân phố số 5" keeps its level', () => {
    expect(shortNames([{ name: 'Tổ dân phố số 5', level: 'tổ dân phố' }, { name: 'Tổ dân phố SỐ 6', level: 'Tổ dân phố' }])).toEqual(['Tổ dân phố số 5', 'Tổ dân phố SỐ 6']);
  });
  it('spaces typed around or inside the name do not end up in the short name', () => {
    expect(shortNames([{ name: 'Tổ dân phố   Cung  Nhượng 1 ', level: ' tổ dân phố ' }])).toEqual(['Cung  Nhượng 1']);
  });
  it('a name that does not start with the level word is kept as written', () => {
    expect(shortNames([{ name: 'Thị trấn Cầu Gồ', level: 'xã' }])).toEqual(['Thị trấn Cầu Gồ']);
  });
});
