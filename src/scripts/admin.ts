// The editor at /admin/: Sveltia CMS from its npm package, served by the site itself (no CDN).
// It reads /admin/config.yml (generated from the schemas) and previews entries with the site's
// own stylesheet and fonts.
import fontsCss from '../styles/fonts.css?url';
import globalCss from '../styles/global.css?url';

// Sveltia CMS picks its interface language from its saved preferences, else from the browser.
// Staff read Vietnamese whatever language their office PC's browser is set to: until someone
// chooses another language in the editor's settings, the preference is Vietnamese.
const PREFS = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS) ?? '{}') as { locale?: string };
  if (!prefs.locale) localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'vi' }));
} catch {
  // Storage blocked: the browser's language decides.
}

const { default: CMS } = await import('@sveltia/cms');
for (const sheet of [fontsCss, globalCss, '/brand.css']) CMS.registerPreviewStyle(sheet);
await CMS.init();
