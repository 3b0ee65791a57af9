// How a list of child units names them where the heading already says their level.

/**
 * A child's name without the level word the title already says ("Tổ dân phố Cung Nhượng 1" →
 * "Cung Nhượng 1" under "các tổ dân phố"), but only when what is left reads as a place name: two
 * words or more. A single word or a number keeps its level word, or it would read as an ordinary
 * word ("Tiền", "Mới", "Hậu" mean "front", "new", "back") or a bare number ("Số 1", "7").
 */
export function shortNames(children: readonly { name: string; level: string }[]): string[] {
  return children.map((c) => {
    const prefix = `${c.level.trim().toLocaleLowerCase('vi')} `;
    if (!c.name.toLocaleLowerCase('vi').startsWith(prefix)) return c.name;
    const rest = c.name.slice(prefix.length).trim();
    const words = rest.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !/^số$/iu.test(word));
    return words.length >= 2 ? rest : c.name;
  });
}
