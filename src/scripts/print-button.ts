// Print buttons: hidden in the HTML (nothing to press without JavaScript, where the browser's
// own Print remains), shown and wired here. An external file, so the CSP needs no inline script.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
