// The search page island, for any language: reads the form, asks Pagefind
// (src/scripts/search-runner.ts), writes the results. What differs between the Vietnamese page
// (search-page.ts) and the Khmer one (search-page-km.ts) comes in as a SearchPageConfig: the
// interface strings, how a query is cut into words and how the excerpt marks them. The folding,
// acronyms, synonyms, ranking and excerpt come from src/lib/search/ — the same code the indexer used.
import type { UiStrings } from '../i18n/strings.ts';
import type { ExcerptPart } from '../lib/search/excerpt.ts';
import { FIRST_RESULTS, MORE_RESULTS } from '../lib/search/pagefind-options.ts';
import { phraseMatch, promotePhrases } from '../lib/search/phrases.ts';
import type { PreparedQuery, QueryContext } from '../lib/search/query.ts';
import { loadSearchEngine, type PagefindData, type PagefindResult, type SearchEngine } from './search-runner.ts';
import './search-shortcut.ts';

export interface SearchPageConfig {
  /** The page's interface strings (src/i18n/). */
  strings: UiStrings['search'];
  /** A result's date as the page's language writes it. */
  formatDate: (iso: string) => string;
  /** Order of the values in the filter menus. */
  compare: (a: string, b: string) => number;
  /** What the person typed → the searches and the words to mark. */
  prepare: (raw: string, context?: QueryContext) => PreparedQuery;
  /** The excerpt of a result's text, the query's words marked. */
  excerpt: (content: string, query: PreparedQuery) => ExcerptPart[];
  /** The list of every page, offered when the search code cannot load. */
  indexHref: string;
}

export function startSearchPage({ strings, formatDate, compare, prepare, excerpt: excerptOf, indexHref }: SearchPageConfig): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]')!;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  // The "newest first" choice (a page without dated results, the Khmer one, has none).
  const sort = root.querySelector<HTMLSelectElement>('[data-search-sort]');
  const sorted = () => sort?.value ?? '';
  const filterBox = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const filterCount = root.querySelector<HTMLElement>('[data-search-filter-count]')!;
  const filterSelects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const help = root.querySelector<HTMLTemplateElement>('[data-search-help]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

  document.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
  root.hidden = false;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  if (sort) sort.value = params.get(sort.name) ?? '';

  const engine: Promise<SearchEngine> = loadSearchEngine();

  // The filter menus' values are loaded when the person opens "Lọc", or at once when the address
  // already asks for a filter: a first query does not download them.
  let filtersFilled: Promise<void> | null = null;
  let filtersReady = false;
  function fillFilters(): Promise<void> {
    filtersFilled ??= engine.then(async (e) => {
      const available = await e.filters();
      for (const select of filterSelects) {
        const values = Object.keys(available[select.dataset.filter!] ?? {}).sort(compare);
        for (const value of values) select.add(new Option(value, value));
        select.value = params.get(select.name) ?? '';
      }
      filtersReady = true;
    });
    return filtersFilled;
  }
  filterBox.addEventListener('toggle', () => {
    if (filterBox.open) void fillFilters();
  });

  function activeFilters(): Record<string, string> {
    const filters: Record<string, string> = {};
    for (const select of filterSelects) {
      // Until the menus are filled, the address's filters stand for them.
      const value = filtersReady ? select.value : params.get(select.name) ?? '';
      if (value) filters[select.dataset.filter!] = value;
    }
    return filters;
  }

  let pending: PagefindResult[] = [];
  let query: PreparedQuery = prepare('');
  let runId = 0;
  let lastAsked = '';

  async function run(): Promise<void> {
    const raw = input.value.trim();
    const filters = activeFilters();
    const chosen = Object.keys(filters).length + (sorted() ? 1 : 0);
    filterCount.textContent = chosen > 0 ? ` (${strings.filtersActive(chosen)})` : '';
    // The same question twice (typed before the index loaded, then the typing pause) is asked once.
    const asked = JSON.stringify([raw, filters, sorted()]);
    if (asked === lastAsked) return;
    lastAsked = asked;
    const id = ++runId;
    const url = new URL(location.href);
    url.search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
    history.replaceState(null, '', url);
    const e = await engine;
    if (id !== runId) return;
    query = prepare(raw, e.context);
    if (!query.text && Object.keys(filters).length === 0 && !sorted()) {
      list.replaceChildren();
      pending = [];
      more.hidden = true;
      status.textContent = strings.prompt;
      list.setAttribute('aria-busy', 'false');
      return;
    }
    list.setAttribute('aria-busy', 'true');
    const { results, exactCount } = await e.find(query, filters, sorted() !== '');
    if (id !== runId) return;
    // The first screen's results, loaded together; those holding the query as a phrase go first.
    const first = await Promise.all(results.slice(0, FIRST_RESULTS).map(async (result, index) => ({ data: await result.data(), exact: index < exactCount })));
    if (id !== runId) return;
    pending = results.slice(FIRST_RESULTS);
    const ordered = sorted() ? first : promotePhrases(first, (r) => phraseMatch(`${r.data.meta.title ?? ''} ${r.data.meta.keywords ?? ''}`, r.data.content, query.phrases), (r) => (r.exact ? 0 : 1));
    // The old results stay until the new ones are ready: the list never flashes empty.
    list.replaceChildren(...ordered.map((r) => renderResult(r.data)));
    showMoreButton();
    status.replaceChildren(strings.count(results.length, raw));
    if (results.length === 0) status.append(' ', help.content.cloneNode(true));
    list.setAttribute('aria-busy', 'false');
  }

  function showMoreButton(): void {
    more.hidden = pending.length === 0;
    more.textContent = strings.moreLeft(pending.length);
  }

  async function showMore(moveFocus: boolean): Promise<void> {
    const batch = pending.splice(0, MORE_RESULTS);
    // The button says at once what is left (and goes when nothing is), before the batch arrives.
    showMoreButton();
    const items = await Promise.all(batch.map(async (result) => renderResult(await result.data())));
    list.append(...items);
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  function link(href: string, text: string): HTMLAnchorElement {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function renderResult(data: PagefindData): HTMLLIElement {
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
    for (const part of excerptOf(data.content, query)) {
      if (!part.mark) excerpt.append(part.text);
      else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
    }
    li.append(heading, meta, excerpt);
    // A slogan is shown once, with every campaign that used it.
    const campaigns = data.meta.kind === strings.kinds.message ? data.filters.campaign ?? [] : [];
    if (campaigns.length > 0) {
      const used = document.createElement('p');
      used.className = 'meta-line result-campaigns';
      used.textContent = `${strings.campaignsOf(campaigns.length)} ${campaigns.join('; ')}`;
      li.append(used);
    }
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
  for (const select of [...filterSelects, ...(sort ? [sort] : [])]) select.addEventListener('change', () => void run());
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

  const filtersAsked = filterSelects.some((s) => params.get(s.name));
  if (filtersAsked) filterBox.open = true;
  engine
    .then(() => (filtersAsked ? fillFilters() : undefined))
    .then(() => run())
    .catch(() => {
      status.replaceChildren(strings.error, ' ', link(indexHref, strings.noScriptLink), '.');
    });
}
