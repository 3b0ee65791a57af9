// The browser tab's icon is the site's own logo (site.yaml › logo): a locality that sets its logo
// gets it in the tab too, and the built site holds one file for both, not a copy named favicon.
/** The <link rel="icon"> of a logo path from site.yaml (an .svg or .png under public/). */
export function siteIcon(logo: string): { href: string; type: 'image/svg+xml' | 'image/png' } {
  return { href: logo, type: logo.toLowerCase().endsWith('.png') ? 'image/png' : 'image/svg+xml' };
}
