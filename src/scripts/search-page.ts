// The search page island: reads the form, asks Pagefind, writes the results. The folding,
// acronyms and excerpt come from src/lib/search/ — the same code the indexer used.
import { vi } from '../i18n/vi.ts';
import { formatDate } from '../lib/format/vi-format.ts';
import { compareVi } from '../lib/format/text.ts';
import { buildExcerpt } from '../lib/search/excerpt.ts';
import { ADDITION_KEYS } from '../lib/search/index-additions.ts';
import { prepareQuery, type PreparedQuery } from '../lib/search/query.ts';

interface PagefindResult {
  data(): Promise<{ url: string; content: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: object): Promise<{ results: PagefindResult[] }>;
}

const PAGE_SIZE = 10;
const PAGEFIND_URL = '/pagefind/pagefind.js';
const root = document.querySelector<HTMLElement>('[data-search-page]')!;
const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
const sort = root.querySelector<HTMLSelectElement>('[data-search-sort]')!;
const filterSelects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

document.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
root.hidden = false;

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
sort.value = params.get(sort.name) ?? '';

const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ PAGEFIND_URL).then(async (pf: Pagefind) => {
  // The folded title counts like the title; the folded body words like body text.
  await pf.options({ ranking: { metaWeights: { title: 5, [ADDITION_KEYS.title]: 5, [ADDITION_KEYS.text]: 1 } } });
  await pf.init();
  return pf;
});

async function fillFilters(pf: Pagefind): Promise<void> {
  const available = await pf.filters();
  for (const select of filterSelects) {
    const values = Object.keys(available[select.dataset.filter!] ?? {}).sort(compareVi);
    for (const value of values) select.add(new Option(value, value));
    select.value = params.get(select.name) ?? '';
  }
}

let pending: PagefindResult[] = [];
let query: PreparedQuery = prepareQuery('');
let runId = 0;

let lastAsked = '';

async function run(): Promise<void> {
  const raw = input.value.trim();
  const filters: Record<string, string> = {};
  for (const select of filterSelects) if (select.value) filters[select.dataset.filter!] = select.value;
  // The same question twice (typed before the index loaded, then the typing pause) is asked once.
  const asked = JSON.stringify([raw, filters, sort.value]);
  if (asked === lastAsked) return;
  lastAsked = asked;
  const id = ++runId;
  query = prepareQuery(raw);
  const url = new URL(location.href);
  url.search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
  history.replaceState(null, '', url);
  if (!query.text && Object.keys(filters).length === 0 && !sort.value) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = vi.search.prompt;
    list.setAttribute('aria-busy', 'false');
    return;
  }
  list.setAttribute('aria-busy', 'true');
  const pf = await pagefind;
  const search = await pf.search(query.text || null, { filters, sort: sort.value ? { date: 'desc' } : undefined });
  if (id !== runId) return;
  const total = search.results.length;
  pending = [...search.results];
  // The old results stay until the new ones are ready: the list never flashes empty.
  const items = await nextBatch();
  if (id !== runId) return;
  list.replaceChildren(...items);
  more.hidden = pending.length === 0;
  status.replaceChildren(vi.search.count(total, raw));
  if (total === 0) {
    status.append(' ', vi.search.noResultsHelp, ' ', link('/a-z/', vi.search.noScriptLink), '.');
  }
  list.setAttribute('aria-busy', 'false');
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

async function nextBatch(): Promise<HTMLLIElement[]> {
  return Promise.all(pending.splice(0, PAGE_SIZE).map(async (result) => renderResult(await result.data())));
}

async function showMore(moveFocus: boolean): Promise<void> {
  const items = await nextBatch();
  list.append(...items);
  more.hidden = pending.length === 0;
  if (moveFocus) items[0]?.querySelector('a')?.focus();
}

function renderResult(data: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h2');
  heading.className = 'entry-title';
  heading.append(link(data.url, data.meta.title ?? data.url));
  const meta = document.createElement('p');
  meta.className = 'meta-line';
  const kind = document.createElement('span');
  kind.className = 'result-kind';
  kind.textContent = data.meta.kind ?? '';
  meta.append(kind);
  if (data.meta.date) {
    const time = document.createElement('time');
    time.dateTime = data.meta.date;
    time.textContent = formatDate(data.meta.date);
    meta.append(' · ', time);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  for (const part of buildExcerpt(data.content, query.highlight)) {
    if (!part.mark) excerpt.append(part.text);
    else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  li.append(heading, meta, excerpt);
  return li;
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run();
});
for (const select of [...filterSelects, sort]) select.addEventListener('change', () => void run());
more.addEventListener('click', () => void showMore(true));

// Arrow keys: from the box down into the results, and between result links.
function resultLinks(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('.entry-title a')];
}
input.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown') return;
  const first = resultLinks()[0];
  if (!first) return;
  event.preventDefault();
  first.focus();
});
list.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = resultLinks();
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  event.preventDefault();
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  (next < 0 ? input : links[Math.min(next, links.length - 1)])!.focus();
});

pagefind
  .then(fillFilters)
  .then(() => run())
  .catch(() => {
    status.replaceChildren(vi.search.error, ' ', link('/a-z/', vi.search.noScriptLink), '.');
  });
