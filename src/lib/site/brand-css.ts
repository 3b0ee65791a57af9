// The brand colours of site.yaml as CSS custom properties (served as /brand.css, so pages
// need no inline style and work under a strict Content-Security-Policy).
import type { SiteIdentity } from '../../schemas/site.ts';

export function brandCss(colors: SiteIdentity['colors']): string {
  return `:root{--c-primary:${colors.primary};--c-accent:${colors.accent};--c-text:${colors.text};--c-bg:${colors.background};}\n`;
}
