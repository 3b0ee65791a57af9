// The Content-Security-Policy of the editor at /admin/ (Sveltia CMS). The public pages keep
// their strict policy (public/_headers); the editor needs a little more, and nothing else:
// - style-src 'unsafe-inline': the editor's components insert their own <style> elements;
// - connect-src: the Git host's API (reading and saving the content) and, for github.com and
//   gitlab.com, the host's status page the editor polls to explain outages; blob:/data: for
//   files being uploaded;
// - img-src/media-src/worker-src blob:: previews of pictures picked from the computer and the
//   editor's image resizing worker; 'wasm-unsafe-eval': its WebP encoder;
// - frame-src 'self' blob: and base-uri 'self': the preview pane is an iframe of the same site.
import type { CmsBackend } from '../cms/cms-config.ts';
import { gitApiRoot } from '../cms/cms-config.ts';

/** Status pages the editor reads for hosted GitHub and GitLab (self-hosted instances have none). */
const STATUS_ORIGINS: Record<string, string> = {
  'https://api.github.com': 'https://www.githubstatus.com',
  'https://gitlab.com': 'https://status-api.hostedstatus.com',
};

/** The origins the editor may connect to besides the site: the Git API and its status page. */
export function gitOrigins(backend: CmsBackend): string[] {
  const api = new URL(gitApiRoot(backend)).origin;
  return [api, ...(STATUS_ORIGINS[api] ? [STATUS_ORIGINS[api]] : [])];
}

export function adminContentSecurityPolicy(backend: CmsBackend): string {
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self' blob: data: ${gitOrigins(backend).join(' ')}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The /admin/* rule appended to the built site's _headers (Netlify-style hosts). The first lines
 * detach the public rule's policy and opener policy (Cloudflare Pages syntax); without them both
 * policies would apply and the stricter public one would block the editor. The opener policy lets
 * OAuth sign-in use its pop-up window.
 */
export function adminHeadersRule(backend: CmsBackend): string {
  return ['', '# Trang quản trị /admin/ (Sveltia CMS): chính sách riêng, tạo khi dựng trang (src/lib/site/admin-csp.ts).', '/admin/*', '  ! Content-Security-Policy', '  ! Cross-Origin-Opener-Policy', `  Content-Security-Policy: ${adminContentSecurityPolicy(backend)}`, '  Cross-Origin-Opener-Policy: same-origin-allow-popups', '  Cache-Control: no-cache', ''].join('\n');
}
