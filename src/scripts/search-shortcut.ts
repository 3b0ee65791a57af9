// "/" focuses the search box from anywhere on the page, unless the person is typing in a field.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]') ?? (document.getElementById('tim-kiem-o') as HTMLInputElement | null);
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
