// The contribution calculator's island (/tinh-muc-dong/): reads the rule data the page embeds as
// JSON, recomputes with the same contribution() the build used for the first answer, keeps the
// state in the URL (replaceState while typing, pushState on a finished change, so Back undoes a
// change), and announces the result politely. No framework; everything written with textContent.
import { contribution } from '../lib/rules/contribution.ts';
import { contributionView, citation, sourceAnchor, type ContributionView } from '../lib/rules/contribution-view.ts';
import { calculatorQuery, paymentPeriods, parseCalculatorQuery, type CalculatorDefaults, type CalculatorState } from '../lib/rules/calculator-state.ts';
import { ruleSetOn, type RuleSet } from '../lib/rules/rule-set.ts';
import type { GroupId } from '../lib/rules/groups.ts';
import { viGuidance } from '../i18n/vi-guidance.ts';
import { formatNumber } from '../lib/format/vi-format.ts';
import { money } from '../lib/rules/contribution.ts';
import type { LocalRules, Rules } from '../schemas/rules.ts';

interface PageData {
  rules: Rules;
  local: { id: string; rules: LocalRules } | null;
  defaults: CalculatorDefaults;
}

const t = viGuidance.calculator;
const root = document.querySelector<HTMLElement>('[data-calc]');
const dataNode = document.getElementById('quy-dinh');

if (root && dataNode?.textContent) {
  const data = JSON.parse(dataNode.textContent) as PageData;
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
  const form = $<HTMLFormElement>('[data-calc-form]');
  const income = $<HTMLInputElement>('[data-calc-income]');
  const slider = $<HTMLInputElement>('[data-calc-slider]');
  const hint = $<HTMLElement>('[data-calc-income-hint]');
  const mode = $<HTMLSelectElement>('[data-calc-mode]');
  const date = $<HTMLInputElement>('[data-calc-date]');
  const before = $<HTMLInputElement>('[data-calc-before]');
  const groupBoxes = [...root.querySelectorAll<HTMLInputElement>('[data-calc-group]')];
  const ignoredList = $<HTMLUListElement>('[data-calc-ignored]');
  const announce = $<HTMLElement>('[data-calc-announce]');

  const setOf = (day: string): RuleSet => ruleSetOn(data.rules, day, data.local);
  const digits = (text: string) => Number(text.replace(/\D/g, '')) || 0;

  function readForm(): CalculatorState {
    const groups = groupBoxes.filter((box) => box.checked).map((box) => box.value as GroupId);
    return {
      income: digits(income.value),
      groups,
      months: Number(mode.value),
      date: date.value && date.value >= data.defaults.firstDate ? date.value : data.defaults.date,
      supportedBefore: Math.max(0, Math.min(240, digits(before.value))),
    };
  }

  /** Puts a state into the fields (from the URL, on load and on Back). */
  function writeForm(state: CalculatorState): void {
    income.value = formatNumber(state.income);
    for (const box of groupBoxes) box.checked = state.groups.includes(box.value as GroupId);
    date.value = state.date;
    before.value = String(state.supportedBefore);
    syncPeriods(setOf(state.date), state.months);
    syncRange(setOf(state.date), state.income);
  }

  /** The payment periods allowed on the chosen day (the rules may change them). */
  function syncPeriods(set: RuleSet, months: number): void {
    const periods = paymentPeriods(set.paymentModes.value);
    const current = [...mode.options].map((o) => Number(o.value));
    if (current.join() !== periods.join()) {
      mode.replaceChildren(...periods.map((m) => new Option(t.modes(m), String(m))));
    }
    mode.value = String(periods.includes(months) ? months : 1);
  }

  /** Slider bounds and hint follow the floor and ceiling of the chosen day. */
  function syncRange(set: RuleSet, value: number): void {
    const floor = set.incomeFloor.value;
    const ceiling = set.ceilingMultiple.value * set.referenceLevel.value;
    slider.min = String(floor);
    slider.max = String(ceiling);
    slider.value = String(Math.min(ceiling, Math.max(floor, value)));
    slider.setAttribute('aria-valuetext', money(Number(slider.value)));
    hint.textContent = t.incomeHint(money(floor), money(ceiling));
  }

  function sourceLinks(parent: HTMLElement, sources: ContributionView['rows'][number]['sources']): void {
    sources.forEach((source, i) => {
      if (i > 0) parent.append('; ');
      const link = document.createElement('a');
      link.href = `#${sourceAnchor(source)}`;
      link.textContent = citation(source);
      parent.append(link);
    });
  }

  function render(view: ContributionView): void {
    $<HTMLElement>('[data-calc-headline]').textContent = view.headline;
    const payment = $<HTMLElement>('[data-calc-payment]');
    payment.textContent = view.payment ?? '';
    payment.hidden = view.payment === null;
    $<HTMLElement>('[data-calc-rule]').textContent = view.ruleLine;
    const rows = view.rows.flatMap((row) => {
      const tr = document.createElement('tr');
      if (row.strong) tr.className = 'calc-strong';
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = row.label;
      const td = document.createElement('td');
      td.className = 'num';
      td.textContent = row.amount;
      tr.append(th, td);
      const sourceRow = document.createElement('tr');
      sourceRow.className = 'calc-source-row';
      const cell = document.createElement('td');
      cell.colSpan = 2;
      cell.append(`${t.head.source}: `);
      sourceLinks(cell, row.sources);
      sourceRow.append(cell);
      return [tr, sourceRow];
    });
    $<HTMLElement>('[data-calc-rows]').replaceChildren(...rows);
    $<HTMLElement>('[data-calc-steps]').replaceChildren(...view.steps.map((step) => Object.assign(document.createElement('li'), { textContent: step.text })));
    const notes = $<HTMLElement>('[data-calc-notes]');
    notes.replaceChildren(...view.notes.map((note) => Object.assign(document.createElement('li'), { textContent: note })));
    notes.hidden = view.notes.length === 0;
  }

  let lastAnnounced = '';
  function compute(state: CalculatorState): void {
    const set = setOf(state.date);
    const view = contributionView(contribution(set, { income: state.income, groups: state.groups, months: state.months, supportedMonthsBefore: state.supportedBefore }));
    render(view);
    // Polite, and only when the answer changed: typing "1.5" then "1.50" should not chatter.
    if (view.announce !== lastAnnounced) {
      announce.textContent = view.announce;
      lastAnnounced = view.announce;
    }
  }

  function update(history: 'push' | 'replace'): void {
    const state = readForm();
    const set = setOf(state.date);
    syncPeriods(set, state.months);
    syncRange(set, state.income);
    state.months = Number(mode.value);
    compute(state);
    const query = calculatorQuery(state);
    if (query !== location.search) {
      if (history === 'push') window.history.pushState(null, '', query);
      else window.history.replaceState(null, '', query);
    }
  }

  function showIgnored(ignored: ReturnType<typeof parseCalculatorQuery>['ignored']): void {
    ignoredList.replaceChildren(...ignored.map((i) => Object.assign(document.createElement('li'), { textContent: t.ignored(i.name, i.value, i.reason) })));
    ignoredList.hidden = ignored.length === 0;
  }

  function fromUrl(): void {
    // Any period some rule set allows; writeForm then keeps it only if the chosen day allows it.
    const allowed = [...new Set(data.rules.paymentModes.flatMap((entry) => paymentPeriods(entry.value)))].sort((a, b) => a - b);
    const { state, ignored } = parseCalculatorQuery(location.search, data.defaults, allowed);
    showIgnored(ignored);
    writeForm(state);
    state.months = Number(mode.value);
    compute(state);
  }

  // Typing: recompute at once, keep the URL current without filling the history.
  income.addEventListener('input', () => {
    slider.value = String(digits(income.value));
    update('replace');
  });
  // A finished change (blur, Enter, a click on a box): tidy the number and make a history entry.
  income.addEventListener('change', () => {
    income.value = formatNumber(digits(income.value));
    update('push');
  });
  slider.addEventListener('input', () => {
    income.value = formatNumber(Number(slider.value));
    update('replace');
  });
  slider.addEventListener('change', () => update('push'));
  for (const field of [mode, date, before, ...groupBoxes]) field.addEventListener('change', () => update('push'));
  $<HTMLButtonElement>('[data-calc-floor]').addEventListener('click', () => {
    income.value = formatNumber(setOf(readForm().date).incomeFloor.value);
    update('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    income.value = formatNumber(digits(income.value));
    update('push');
  });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
  root.dataset.calcReady = '';
}

