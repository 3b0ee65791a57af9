// Plain share links: they work without JavaScript and load nothing from another site until the
// person follows them.

/** Facebook's sharer: the shared card comes from the page's og: tags. */
export function facebookShareUrl(pageUrl: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(pageUrl)}`;
}

/**
 * Zalo's share page, the one its share plugin opens, given the page address. Kept in this one
 * function so it can be changed in one place if Zalo changes it.
 */
export function zaloShareUrl(pageUrl: string): string {
  return `https://sp.zalo.me/share_inline?url=${encodeURIComponent(pageUrl)}`;
}
