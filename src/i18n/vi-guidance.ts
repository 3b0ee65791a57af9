// Interface strings of the citizen guidance: contribution calculator, pension estimate,
// enrolment guide and collection points. Amounts arrive already formatted (vi-VN).
import type { GroupId } from '../schemas/rules.ts';

/** Non-breaking space: a number never wraps away from its unit ("330.000 đồng", "22 %"). */
export const NBSP = '\u00a0';

export const viGuidance = {
  groups: {
    'ho-ngheo': 'Hộ nghèo',
    'xa-dao': 'Sống ở xã đảo, đặc khu',
    'can-ngheo': 'Hộ cận nghèo',
    'dan-toc-thieu-so': 'Người dân tộc thiểu số',
    khac: 'Người tham gia khác',
  } satisfies Record<GroupId, string>,
  /** The group in a sentence: "hộ nghèo", "người dân tộc thiểu số". */
  groupInSentence: {
    'ho-ngheo': 'người thuộc hộ nghèo',
    'xa-dao': 'người sống ở xã đảo, đặc khu',
    'can-ngheo': 'người thuộc hộ cận nghèo',
    'dan-toc-thieu-so': 'người dân tộc thiểu số',
    khac: 'người tham gia khác',
  } satisfies Record<GroupId, string>,
  units: {
    dong: 'đồng',
    percent: '%',
    months: 'tháng',
    years: 'năm',
    times: 'lần',
  },
  /** The working of a contribution, step by step, in plain words. */
  steps: {
    contribution: (rate: string, income: string, monthly: string) => `Tiền đóng mỗi tháng: ${rate} × ${income} = ${monthly}.`,
    supportBase: (basePercent: string, floor: string, base: string) =>
      `Tiền hỗ trợ tính trên ${basePercent} × ${floor} (chuẩn nghèo nông thôn) = ${base}, không tính trên mức thu nhập bạn chọn.`,
    state: (rate: string, base: string, amount: string, who: string) => `Nhà nước hỗ trợ ${rate} × ${base} = ${amount} mỗi tháng (mức của ${who}).`,
    stateHighest: 'Bạn thuộc nhiều nhóm: được hưởng mức cao nhất, không cộng dồn.',
    noState: 'Ngày này Nhà nước chưa hỗ trợ tiền đóng BHXH tự nguyện.',
    local: (name: string, rate: string, base: string, amount: string) => `${name} hỗ trợ thêm ${rate} × ${base} = ${amount} mỗi tháng.`,
    own: (monthly: string, support: string, own: string) => `Bạn đóng ${monthly} − ${support} = ${own} mỗi tháng.`,
    ownNoSupport: (own: string) => `Bạn đóng ${own} mỗi tháng.`,
    perPayment: (months: number, own: string, total: string) => `Mỗi lần đóng ${months} tháng: ${months} × ${own} = ${total}.`,
    perPaymentPartly: (months: number, supported: number, total: string) =>
      `Mỗi lần đóng ${months} tháng: chỉ ${supported} tháng còn được hỗ trợ, cộng lại ${total}.`,
    perYear: (total: string) => `Cả năm (12 tháng): ${total}.`,
    supportLimit: (max: number, left: number) =>
      left <= 0
        ? `Mỗi người được hỗ trợ tối đa ${max} tháng; bạn đã dùng hết nên tự đóng toàn bộ.`
        : `Mỗi người được hỗ trợ tối đa ${max} tháng; bạn còn ${left} tháng được hỗ trợ.`,
  },
  notes: {
    belowFloor: (floor: string) => `Mức thu nhập thấp nhất được chọn là ${floor}; phép tính dùng mức này.`,
    aboveCeiling: (ceiling: string) => `Mức thu nhập cao nhất được chọn là ${ceiling}; phép tính dùng mức này.`,
    ahead: 'Đóng trước nhiều năm: cơ quan BHXH trừ một khoản chiết khấu theo lãi suất công bố hằng năm, nên số tiền thật sự nộp thấp hơn một chút.',
    fixedDuringPeriod: 'Khi đóng một lần cho nhiều tháng, số tiền giữ nguyên cho cả kỳ dù sau đó chuẩn nghèo hay mức hỗ trợ thay đổi.',
  },
  ruleSetName: (document: string, from: string) => `Theo ${document}, áp dụng từ ${from}`,
  /** Under a key-figures table with computed rows. */
  figuresOn: (date: string) => `Các số tiền, tỷ lệ trên trang tính theo quy định đang áp dụng ngày ${date}; cột "Áp dụng từ" ghi ngày mỗi con số bắt đầu có hiệu lực.`,
};
