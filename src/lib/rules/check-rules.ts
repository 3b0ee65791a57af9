// Validates the rules files: the zod schema (field by field), then what needs the whole file —
// dates of each series sorted and never overlapping, every source naming a listed document, and
// the State's and the province's support together never above 100 % on any day. Pure: files come
// in as bytes, problems go out as ContentIssues (file › path: expected; found).
import { GROUP_IDS, localRulesSchema, rulesSchema, type LocalRules, type Rules } from '../../schemas/rules.ts';
import { pensionRulesSchema, type PensionRules } from '../../schemas/pension.ts';
import { showValue, sortIssues, type ContentIssue } from '../content/content-issue.ts';
import { decodeText, parseYaml } from '../content/frontmatter.ts';
import { validateEntry } from '../content/validate-entry.ts';
import { formatDate } from '../format/vi-format.ts';

export interface RulesSourceFile {
  /** Path shown to authors, e.g. content/rules/bhxh-tu-nguyen.yaml. */
  file: string;
  bytes: Uint8Array;
}

export interface RulesSources {
  /** content/rules/bhxh-tu-nguyen.yaml, or null when the folder has none. */
  main: RulesSourceFile | null;
  /** content/rules/dia-phuong/*.yaml: one file per locality, named by its id. */
  locals: RulesSourceFile[];
  /** Where the national file is expected, for the message when it is missing. */
  mainFile?: string;
  /** content/rules/luong-huu.yaml (retirement ages, pension rates); undefined: not checked. */
  pension?: RulesSourceFile | null;
  pensionFile?: string;
}

/** A validated local file with its id (the file name without .yaml). */
export interface LocalRulesEntry {
  id: string;
  file: string;
  rules: LocalRules;
}

export interface RulesReport {
  /** The national file as shown to authors. */
  file: string;
  rules: Rules | null;
  locals: LocalRulesEntry[];
  /** The pension rules, when checked and valid. */
  pension: PensionRules | null;
  errors: ContentIssue[];
}

export const MAIN_RULES_FILE = 'content/rules/bhxh-tu-nguyen.yaml';

interface DatedEntry {
  from: string;
  until?: string | undefined;
  source: { document: string };
}

/** The last day an entry applies, or null when it runs until the next one. */
const dayBefore = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/** Sorted, non-overlapping dates and known documents in one series. */
export function checkSeries(file: string, name: string, entries: readonly DatedEntry[], documents: Readonly<Record<string, unknown>>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = Object.keys(documents).sort().join(', ') || '(chưa có văn bản nào)';
  entries.forEach((entry, i) => {
    const at = `${name}[${i}]`;
    if (!(entry.source.document in documents)) {
      issues.push({ file, field: `${at}.source.document`, expected: `cần mã của một văn bản trong documents (có: ${known})`, found: showValue(entry.source.document) });
    }
    if (entry.until !== undefined && entry.until < entry.from) {
      issues.push({ file, field: `${at}.until`, expected: `ngày kết thúc phải sau ngày bắt đầu (${formatDate(entry.from)})`, found: showValue(entry.until) });
    }
    const previous = entries[i - 1];
    if (!previous) return;
    if (entry.from < previous.from) {
      issues.push({ file, field: `${at}.from`, expected: `các giá trị phải xếp theo ngày tăng dần (mục trước bắt đầu ${formatDate(previous.from)})`, found: showValue(entry.from) });
    } else if (entry.from === previous.from) {
      issues.push({ file, field: `${at}.from`, expected: `hai giá trị không được bắt đầu cùng một ngày (trùng với ${name}[${i - 1}])`, found: showValue(entry.from) });
    } else if (previous.until !== undefined && previous.until >= entry.from) {
      issues.push({
        file,
        field: `${at}.from`,
        expected: `các khoảng thời gian chồng lên nhau: ${name}[${i - 1}] áp dụng đến ${formatDate(previous.until)}; giá trị này chỉ được bắt đầu từ ${formatDate(dayAfter(previous.until))}`,
        found: showValue(entry.from),
      });
    }
  });
  return issues;
}

const dayAfter = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

function parseFile(source: RulesSourceFile, errors: ContentIssue[]): unknown {
  const decoded = decodeText(source.file, source.bytes);
  if (decoded.text === null) {
    errors.push(...decoded.issues);
    return null;
  }
  const parsed = parseYaml(source.file, decoded.text);
  if (parsed.data === null) {
    errors.push(...parsed.issues);
    return null;
  }
  return parsed.data;
}

/** Validates the national rules file's parsed data (schema, then dates and documents). */
export function checkRulesData(file: string, data: unknown): { rules: Rules | null; issues: ContentIssue[] } {
  const result = validateEntry(rulesSchema, file, data);
  if (!result.ok) return { rules: null, issues: result.issues };
  const rules = result.value;
  const issues: ContentIssue[] = [];
  for (const [name, entries] of Object.entries(rules)) {
    if (name === 'documents') continue;
    issues.push(...checkSeries(file, name, entries as DatedEntry[], rules.documents));
  }
  return issues.length > 0 ? { rules: null, issues } : { rules, issues };
}

/** Validates one local file's parsed data; `rules` (the national file) checks combined rates. */
export function checkLocalRulesData(file: string, data: unknown, rules: Rules | null): { rules: LocalRules | null; issues: ContentIssue[] } {
  const result = validateEntry(localRulesSchema, file, data);
  if (!result.ok) return { rules: null, issues: result.issues };
  const local = result.value;
  const issues = checkSeries(file, 'topUps', local.topUps, local.documents);
  if (rules) issues.push(...combinedRateIssues(file, local, rules));
  return issues.length > 0 ? { rules: null, issues } : { rules: local, issues };
}

/** State + local support above 100 % of the base on a day both apply would pay people to join. */
function combinedRateIssues(file: string, local: LocalRules, rules: Rules): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const state = rules.stateSupport;
  local.topUps.forEach((topUp, i) => {
    const next = local.topUps[i + 1];
    const localEnd = topUp.until ?? (next ? dayBefore(next.from) : '9999-12-31');
    state.forEach((support, j) => {
      const stateEnd = state[j + 1] ? dayBefore(state[j + 1]!.from) : '9999-12-31';
      const overlaps = support.from <= localEnd && topUp.from <= stateEnd;
      if (!overlaps) return;
      for (const group of GROUP_IDS) {
        const extra = topUp.value.rates[group];
        if (extra === undefined) continue;
        const base = support.value.rates[group] ?? support.value.rates.khac ?? 0;
        if (base + extra > 100) {
          issues.push({
            file,
            field: `topUps[${i}].value.rates.${group}`,
            expected: `Nhà nước hỗ trợ ${base} % (từ ${formatDate(support.from)}); cộng phần địa phương không được quá 100 %`,
            found: showValue(extra),
          });
        }
      }
    });
  });
  return issues;
}

/** Validates the pension rules file's parsed data (schema, then dates and documents). */
export function checkPensionRulesData(file: string, data: unknown): { rules: PensionRules | null; issues: ContentIssue[] } {
  const result = validateEntry(pensionRulesSchema, file, data);
  if (!result.ok) return { rules: null, issues: result.issues };
  const rules = result.value;
  const issues = [...checkSeries(file, 'pensionRate', rules.pensionRate, rules.documents), ...checkSeries(file, 'earlyPension', rules.earlyPension, rules.documents)];
  const age = rules.retirementAge;
  if (!(age.source.document in rules.documents)) {
    issues.push({ file, field: 'retirementAge.source.document', expected: `cần mã của một văn bản trong documents (có: ${Object.keys(rules.documents).sort().join(', ')})`, found: showValue(age.source.document) });
  }
  for (const sex of ['men', 'women'] as const) {
    const s = age[sex];
    const months = (a: { years: number; months: number }) => a.years * 12 + a.months;
    if (months(s.final) < months(s.start) || months(s.start) < months(s.before)) {
      issues.push({ file, field: `retirementAge.${sex}`, expected: 'tuổi phải tăng dần: before ≤ start ≤ final' });
    }
  }
  return issues.length > 0 ? { rules: null, issues } : { rules, issues };
}

const LOCAL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id of a local file: its name without folder and .yaml. */
export function localRulesId(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.ya?ml$/i, '');
}

/**
 * Checks the rules of a content folder. `locality` (site.yaml › rulesLocality) must name one of
 * the local files when given. A folder without the national file is an error: the calculator and
 * every computed amount need it.
 */
export function checkRules(sources: RulesSources, locality?: string, siteFile = 'content/site.yaml'): RulesReport {
  const errors: ContentIssue[] = [];
  let rules: Rules | null = null;
  if (!sources.main) {
    errors.push({ file: sources.mainFile ?? MAIN_RULES_FILE, field: '', expected: 'thiếu tệp quy định BHXH tự nguyện (tỷ lệ đóng, chuẩn nghèo, mức tham chiếu, hỗ trợ): chép từ thư mục content/rules/ của Loa' });
  } else {
    const data = parseFile(sources.main, errors);
    if (data !== null) {
      const checked = checkRulesData(sources.main.file, data);
      rules = checked.rules;
      errors.push(...checked.issues);
    }
  }
  const locals: LocalRulesEntry[] = [];
  for (const source of sources.locals) {
    const id = localRulesId(source.file);
    if (!LOCAL_ID.test(id)) {
      errors.push({ file: source.file, field: '', expected: 'tên tệp phải là chữ thường không dấu, số và dấu gạch ngang (ví dụ ha-noi.yaml)', found: JSON.stringify(id) });
      continue;
    }
    const data = parseFile(source, errors);
    if (data === null) continue;
    const checked = checkLocalRulesData(source.file, data, rules);
    errors.push(...checked.issues);
    if (checked.rules) locals.push({ id, file: source.file, rules: checked.rules });
  }
  let pension: PensionRules | null = null;
  if (sources.pension === null) {
    errors.push({ file: sources.pensionFile ?? 'content/rules/luong-huu.yaml', field: '', expected: 'thiếu tệp quy định lương hưu (tuổi nghỉ hưu, tỷ lệ hưởng): chép từ thư mục content/rules/ của Loa' });
  } else if (sources.pension) {
    const data = parseFile(sources.pension, errors);
    if (data !== null) {
      const checked = checkPensionRulesData(sources.pension.file, data);
      pension = checked.rules;
      errors.push(...checked.issues);
    }
  }
  if (locality && !sources.locals.some((s) => localRulesId(s.file) === locality)) {
    const known = sources.locals.map((s) => localRulesId(s.file)).sort().join(', ') || '(chưa có tệp nào)';
    errors.push({ file: siteFile, field: 'rulesLocality', expected: `cần tên một tệp trong content/rules/dia-phuong/ (có: ${known})`, found: JSON.stringify(locality) });
  }
  return { file: sources.main?.file ?? sources.mainFile ?? MAIN_RULES_FILE, rules, locals: locals.sort((a, b) => a.id.localeCompare(b.id)), pension, errors: sortIssues(errors) };
}
