// The pension estimate's island (/tinh-luong-huu/): reads the pension rules the page embeds as
// JSON and recomputes on every change with the same pensionEstimate() the build used.
import { pensionEstimate, type Sex } from '../lib/rules/pension.ts';
import { pensionView } from '../lib/rules/pension-view.ts';
import { formatNumber } from '../lib/format/vi-format.ts';
import type { PensionRules } from '../schemas/pension.ts';

const root = document.querySelector<HTMLElement>('[data-pension]');
const dataNode = document.getElementById('quy-dinh-huu');

if (root && dataNode?.textContent) {
  const data = JSON.parse(dataNode.textContent) as { pension: PensionRules; date: string; floor: number };
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
  const form = $<HTMLFormElement>('[data-pension-form]');
  const income = $<HTMLInputElement>('[data-pension-income]');
  const announce = $<HTMLElement>('[data-pension-announce]');
  const digits = (text: string) => Number(text.replace(/\D/g, '')) || 0;
  let last = '';

  function update(): void {
    const sex = (root!.querySelector<HTMLInputElement>('[data-pension-sex]:checked')?.value ?? 'nu') as Sex;
    const years = Math.min(60, digits($<HTMLInputElement>('[data-pension-years]').value));
    const year = digits($<HTMLInputElement>('[data-pension-year]').value);
    const month = Number($<HTMLSelectElement>('[data-pension-month]').value) || 1;
    const averageIncome = digits(income.value) || data.floor;
    const estimate = pensionEstimate(data.pension, data.date, {
      sex,
      years,
      averageIncome,
      birth: year >= 1900 && year <= 2100 ? { year, month } : undefined,
      joinedEarly: $<HTMLInputElement>('[data-pension-early]').checked,
    });
    const view = pensionView(estimate, averageIncome, years);
    $<HTMLElement>('[data-pension-headline]').textContent = view.headline;
    $<HTMLElement>('[data-pension-lines]').replaceChildren(...view.lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
    if (view.announce !== last) {
      announce.textContent = view.announce;
      last = view.announce;
    }
  }

  form.addEventListener('input', update);
  form.addEventListener('change', () => {
    income.value = formatNumber(digits(income.value) || data.floor);
    update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  update();
  root.dataset.pensionReady = '';
}
