// html-validate configuration for every built page (tests/build/valid-html.test.ts; also used by
// `npx html-validate "dist/**/*.html"`). The recommended preset, with four stated adjustments.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are the full article title or slogan plus the site name. WCAG 2.4.2 asks for
    // titles that describe the page; cutting them to 70 characters would hide words from
    // screen-reader users. Search engines shorten the displayed title themselves.
    'long-title': 'off',
    // Heading ids come from the Vietnamese heading text (Astro's markdown slugger keeps the
    // letters, e.g. "mức-đóng"). Such ids are valid HTML5; the strict mode of this rule only
    // accepts ASCII. Relaxed mode still rejects what HTML forbids (empty ids, whitespace).
    'valid-id': ['error', { relaxed: true }],
    // The header's hotline link reads "Đường dây nóng 1900 9068": the rule would also demand
    // non-breaking spaces inside the label words. The number itself is joined with non-breaking
    // spaces on every page (src/lib/format/phone.ts), and every other tel: link is checked.
    'tel-non-breaking': ['error', { ignoreClasses: ['hotline'] }],
    // A group of checkboxes sharing one name is HTML's own way to send several values
    // (?nhom=ho-ngheo&nhom=can-ngheo, the calculator's groups); the rule's default only lets
    // radio buttons share. Any other duplicate name is still an error.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
