// Interface strings of the progress pages (/tien-do/…), their charts, tables and share images.
// Numbers and units are joined with a no-break space (NBSP) so "52.139 người" and "61,2 %" never
// break apart on a narrow phone.
import { formatDate, formatDecimal, formatNumber } from '../lib/format/vi-format.ts';

export const NBSP = '\u00a0';
/** "52.139 người", never broken between the number and the word. */
export const people = (n: number, unit = 'người') => `${formatNumber(n)}${NBSP}${unit}`;
/** "61,2 %" (one decimal by default), never broken before the sign. */
export const pct = (percent: number, digits = 1) => `${formatDecimal(percent, digits)}${NBSP}%`;
/** "35–50 %" for a range, "45 %" for one value. */
export const pctRange = (min: number, max: number | null) => (max === null || max === min ? pct(min) : `${formatDecimal(min, 1)}–${pct(max)}`);
/** "31/5" (day and month) for axis labels. */
export const dayMonth = (isoDate: string) => formatDate(isoDate).replace(/\/\d{4}$/, '');

const STATUS_WORDS = {
  dat: 'Đạt',
  'dung-tien-do': 'Đúng tiến độ',
  cham: 'Chậm',
  'chua-ro': 'Chưa rõ',
} as const;

export const viProgress = {
  status: STATUS_WORDS,
  rateStatus: { dat: 'Đạt', 'chua-dat': 'Chưa đạt', 'chua-ro': 'Chưa có số liệu' },
  noData: 'chưa có số liệu',
  unknown: 'chưa rõ',
  noTarget: 'chưa có chỉ tiêu',
  illustrative: 'minh họa',
  illustrativeLong: 'số liệu minh họa, không phải số liệu thật',

  /** What the numbers of a measure mean. */
  measure: {
    period: (start: string, end: string) => `Số người tham gia mới trong đợt ${formatDate(start)} – ${formatDate(end)}, so với chỉ tiêu của đợt`,
    yearNew: (year: string) => `Số người tham gia mới trong năm ${year}, so với chỉ tiêu cả năm`,
    yearTotal: (year: string) => `Tổng số người tham gia, so với chỉ tiêu cả năm ${year}`,
    targetsOnly: (year: string) => `Chỉ tiêu năm ${year} (chưa có số liệu thực hiện)`,
  },
  asOf: (date: string) => `Số liệu đến ngày ${formatDate(date)}`,
  noResults: 'Chưa có số liệu thực hiện',

  page: {
    title: (unit: string) => `Tiến độ: ${unit}`,
    /** The page's <title> and its card's alt text. */
    documentTitle: (unit: string, campaign: string) => `Tiến độ ${unit} — ${campaign}`,
    description: (unit: string, childrenWord: string) => `Số người tham gia so với chỉ tiêu của ${unit}, theo từng ${childrenWord.replace(/^các /, '')}.`,
    descriptionLeaf: (unit: string) => `Số người tham gia so với chỉ tiêu của ${unit}.`,
    crumbIndex: 'Tiến độ',
    ofCampaign: 'Chiến dịch',
    /** "7 trên 10 huyện, thành phố chậm tiến độ" — the lead of the status sentence. */
    behindLead: (n: number, total: number, level: string) => (n === 0 ? `Không ${level} nào chậm tiến độ` : `${n} trên ${total} ${level} chậm tiến độ`),
    onSchedule: (n: number) => `${n} đúng tiến độ`,
    reached: (n: number) => (n === 0 ? 'chưa đơn vị nào đạt chỉ tiêu' : `${n} đã đạt chỉ tiêu`),
    unknownCount: (n: number) => `${n} chưa có số liệu`,
    behindList: 'Cần thêm để kịp tiến độ:',
    /** The control that opens the rest of a long list of units behind: "Xem thêm 88 xã chậm tiến độ". */
    behindMore: (n: number, level: string) => `Xem thêm ${n} ${level} chậm tiến độ`,
    unknownMore: (n: number, level: string) => `Xem thêm ${n} ${level} chưa có số liệu`,
    /** The control that opens a long children's table: "Xem bảng số liệu của cả 98 xã". */
    tableOpen: (n: number, level: string) => `Xem bảng số liệu của cả ${n} ${level}`,
    /** Links to each indicator's section, on a page with several. */
    indicatorNav: 'Các chỉ tiêu trên trang',
    asOfShort: (asOf: string, illustrative: boolean) => `số liệu đến ${formatDate(asOf)}${illustrative ? ', minh họa' : ''}`,
    need: (n: number) => `cần thêm ${people(n)}`,
    unknownList: 'Chưa có số liệu:',
    /** The page's own unit after the list: "Cả tỉnh:" / the unit's name. */
    whole: (level: string) => `Cả ${level}:`,
    unitNeeds: (toSchedule: number | null, toTarget: number | null, asOf: string | null) => {
      if (toTarget === null) return '';
      if (toTarget === 0) return 'Đã đạt chỉ tiêu.';
      const schedule = toSchedule !== null && toSchedule > 0 && asOf ? `Cần thêm ${people(toSchedule)} để kịp tiến độ đến ${formatDate(asOf)}; ` : '';
      return `${schedule}${schedule ? 'c' : 'C'}òn ${people(toTarget)} nữa để đạt chỉ tiêu.`;
    },
    targetsOnlyLead: (year: number, total: number, level: string) =>
      total > 0 ? `Chưa có số liệu thực hiện: kế hoạch mới giao chỉ tiêu năm ${year} cho ${total} ${level}, các đơn vị chưa báo cáo kết quả.` : `Chưa có số liệu thực hiện: kế hoạch mới giao chỉ tiêu năm ${year}.`,
    targetsOnlyItem: (indicator: string, target: number | null) => `${indicator}: ${target === null ? 'chưa rõ' : people(target)}`,
    unitTarget: (unit: string, target: number | null) => `Chỉ tiêu của ${unit}: ${target === null ? 'chưa rõ' : people(target)}`,
    ratesLead: (first: number, last: number) => `Kế hoạch đặt mục tiêu cho từng năm từ ${first} đến ${last}, tính bằng phần trăm. Chưa có số liệu kết quả.`,
    ratesLeadWithResults: (first: number, last: number) => `Kế hoạch đặt mục tiêu cho từng năm từ ${first} đến ${last}, tính bằng phần trăm.`,
    rateItem: (label: string, year: number, target: string) => `${label}: ${target} vào năm ${year}`,
    rateDenominator: (denominator: string) => `Tính theo phần trăm ${denominator}.`,
    multiples: 'Nhìn chung các chỉ tiêu',
    multiplesIntro: 'Mỗi ô là một chỉ tiêu; các đơn vị xếp cùng thứ tự trong mọi ô. Bảng số đầy đủ nằm trong từng mục bên dưới.',
    table: {
      ranking: (childrenWord: string) => `Bảng xếp hạng ${childrenWord}`,
      unit: 'Đơn vị',
      attained: 'Đã đạt',
      target: 'Chỉ tiêu',
      percent: 'Tỷ lệ',
      status: 'Tình trạng',
      need: 'Cần thêm để kịp tiến độ',
      /** The same column's label in a phone's stacked row, where the header is not shown. */
      needShort: 'Cần thêm',
      needNone: 'không',
      targets: (childrenWord: string) => `Chỉ tiêu của ${childrenWord}`,
      share: (level: string) => `Chiếm (% chỉ tiêu của ${level})`,
      overTime: (illustrative: boolean) => `Số người đạt được theo ngày${illustrative ? ' (minh họa)' : ''}`,
      date: 'Ngày',
      year: 'Năm',
      rateTarget: 'Mục tiêu',
      rateResult: 'Kết quả',
    },
    about: 'Về số liệu này',
    summary: 'Tóm tắt',
    source: 'Nguồn',
    warningsLead: 'Những chỗ số liệu chưa khớp (trang ghi theo số đơn vị báo cáo):',
    csv: 'Tải dữ liệu (CSV)',
    illustrativeBadge: 'Số liệu minh họa',
  },
  index: {
    title: 'Tiến độ các chiến dịch',
    description: 'Các chiến dịch có số liệu tham gia: đơn vị nào đã đạt, đúng tiến độ hay đang chậm so với chỉ tiêu.',
    intro: 'Chọn một chiến dịch để xem đơn vị nào đang chậm tiến độ và còn thiếu bao nhiêu người.',
    latest: (date: string | null) => (date ? `Số liệu mới nhất: ${formatDate(date)}` : 'Chưa có số liệu thực hiện'),
    onTrack: (n: number, total: number, level: string) => `${n} trên ${total} ${level} đạt hoặc đúng tiến độ`,
    targetsOnly: (total: number, level: string) => `Đã giao chỉ tiêu cho ${total} ${level}, chưa có kết quả`,
    rates: (first: number, last: number) => `Mục tiêu theo năm ${first}–${last}, tính bằng phần trăm`,
    open: 'Xem tiến độ',
    campaignLink: 'Xem tiến độ thực hiện chỉ tiêu',
    homeLink: 'Tiến độ các chiến dịch: đơn vị nào đang chậm',
  },
  charts: {
    headline: {
      caption: (unit: string, asOf: string | null) => (asOf ? `${unit} · đến ngày ${formatDate(asOf)}` : unit),
      desc: (what: string, headline: string, status: string, asOf: string) => `${what}. ${headline}; tình trạng: ${status}. ${asOf}`,
      /** "2.012 / 3.285 người — 61,2 %"; the unit word stays with a number: "11 người — chưa có chỉ tiêu". */
      text: (attained: number | null, target: number | null, percent: number | null, unit = 'người') => {
        if (target === null) return attained === null ? 'chưa có số, chưa có chỉ tiêu' : `${people(attained, unit)} — chưa có chỉ tiêu`;
        // "2.012 / 3.285 người" stays on one line; a narrow screen may only break before "— 61,2 %".
        const a = attained === null ? 'chưa có số' : formatNumber(attained);
        return `${a}${NBSP}/${NBSP}${people(target, unit)}${percent === null ? '' : ` — ${pct(percent)}`}`;
      },
    },
    overTime: {
      title: (where: string) => `${where}: tiến độ theo thời gian`,
      reached: (value: number) => `Đạt ${formatNumber(value)}`,
      target: (value: number) => `Chỉ tiêu ${formatNumber(value)}`,
      projected: (value: number) => `Dự báo ${formatNumber(value)}`,
      legend: {
        series: 'Số người đã đạt',
        target: 'Chỉ tiêu',
        projection: 'Dự báo nếu giữ nhịp này',
        window: (start: string, end: string) => `Thời gian chiến dịch ${dayMonth(start)}–${dayMonth(end)}`,
        /** A label that had no room in the chart keeps its number in the legend. */
        withValue: (label: string, value: number) => `${label}: ${formatNumber(value)}`,
      },
      desc: (lastDate: string, lastValue: number) => `Đến ${formatDate(lastDate)} đạt ${people(lastValue)}.`,
      verdict: (end: string, projected: number, target: number) =>
        ` Nếu giữ nhịp này, đến ${formatDate(end)} đạt khoảng ${people(projected)}, ${projected >= target ? 'đạt' : 'chưa đạt'} chỉ tiêu ${formatNumber(target)}.`,
      illustrative: ' Số liệu minh họa, không phải số liệu thật.',
    },
    ranking: {
      title: (childrenWord: string, where: string) => `Tiến độ của ${childrenWord} thuộc ${where}`,
      value: (attained: number, target: number, percent: number, status: string) => `${formatNumber(attained)} / ${formatNumber(target)} — ${pct(percent)} · ${status}`,
      valueUnknown: (attained: number | null, target: number | null, status: string) =>
        `${attained === null ? 'chưa có số' : formatNumber(attained)} / ${target === null ? 'chưa có chỉ tiêu' : formatNumber(target)} · ${status}`,
      desc: (reached: number, total: number, behind: number) => `${reached} trên ${total} đơn vị đã đạt chỉ tiêu, ${behind} đơn vị chậm tiến độ.`,
      best: (best: string, bestPct: number, worst: string, worstPct: number) => `Cao nhất: ${best} (${pct(bestPct)}); thấp nhất: ${worst} (${pct(worstPct)}).`,
      noneKnown: 'Chưa tính được tỷ lệ của đơn vị nào.',
    },
    targets: {
      title: (indicator: string, year: number, childrenWord: string, unit: string) => `Chỉ tiêu ${indicator} năm ${year} của ${childrenWord} thuộc ${unit}`,
      /** "319 người · chiếm 18,2 % chỉ tiêu của thành phố": the share is of the total target, not an achievement. */
      value: (target: number, share: number, parentLevel: string) => `${people(target)} · chiếm ${pct(share)} chỉ tiêu của ${parentLevel}`,
      desc: (total: number | null, top: string, topTarget: number | null) =>
        `Tổng chỉ tiêu giao: ${total === null ? 'chưa rõ' : people(total)}. Nhiều nhất: ${top} (${topTarget === null ? 'chưa rõ' : people(topTarget)}). Chưa có số liệu thực hiện.`,
    },
    coverage: {
      title: (year: number, unit: string) => `Tỷ lệ bao phủ mục tiêu năm ${year} của ${unit}`,
      goal: (percent: string, denominator: string) => `Mục tiêu: ${percent} ${denominator}`,
      /** The plan gives the rate and the head count, not the size of the labour force: say what the two imply, in plain words. */
      implied: (denominator: string, size: number) => `tức là khoảng ${people(size)} trong ${denominator} (tính từ chỉ tiêu)`,
      stated: (denominator: string, size: number) => `${denominator}: ${people(size)}`,
      actual: (percent: string) => `Đã đạt ${percent}`,
      desc: (label: string, percent: string, denominator: string) => `${label}: mục tiêu ${percent} ${denominator}`,
      denominators: { 'labour-force': 'lực lượng lao động', population: 'dân số' },
    },
    multiples: {
      title: (indicator: string, percent: boolean, year: number, unit: string) => `${indicator}: ${percent ? 'tỷ lệ đạt chỉ tiêu' : `chỉ tiêu năm ${year}`} của ${unit}`,
      desc: (best: string, bestValue: string, worst: string, worstValue: string) => `Cao nhất: ${best} (${bestValue}); thấp nhất: ${worst} (${worstValue}).`,
    },
    rates: {
      title: (label: string) => `${label}: mục tiêu từng năm`,
      axis: '% ',
      desc: (label: string, denominator: string, targets: string, results: string) => `${label}, tính theo phần trăm ${denominator}. Mục tiêu: ${targets}. ${results}`,
      noResults: 'Chưa có số liệu kết quả.',
      results: (list: string) => `Kết quả: ${list}.`,
      legendTarget: 'Mục tiêu',
      legendResult: 'Kết quả',
    },
    missing: (chart: string, unit: string, indicator: string) => `Không có biểu đồ "${chart}" cho ${unit} / ${indicator}`,
  },
} as const;
