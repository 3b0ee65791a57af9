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
  /** The contribution calculator, /tinh-muc-dong/. */
  calculator: {
    title: 'Tính số tiền đóng BHXH tự nguyện',
    navLabel: 'Tính mức đóng',
    /** Words people type for this page that it does not write as such (searched, never shown). */
    searchKeywords: ['tính mức đóng', 'tính tiền đóng', 'đóng bao nhiêu', 'mỗi tháng đóng bao nhiêu', 'phí bảo hiểm'],
    description: 'Nhập mức thu nhập bạn chọn và nhóm của bạn: xem số tiền phải đóng, phần Nhà nước hỗ trợ và số tiền bạn tự đóng mỗi tháng, mỗi lần đóng, mỗi năm, kèm cách tính và văn bản căn cứ.',
    lead: (min: string, own: string) => `Ít nhất ${min} mỗi tháng; sau khi Nhà nước hỗ trợ, bạn tự đóng từ ${own}.`,
    noScript: 'Ô tính cần JavaScript, mà trình duyệt của bạn đang tắt JavaScript. Các bảng dưới đây đã tính sẵn những trường hợp thường gặp.',
    form: 'Thông tin để tính',
    income: 'Mức thu nhập tháng bạn chọn để đóng (đồng)',
    incomeHint: (floor: string, ceiling: string) => `Từ ${floor} đến ${ceiling}. Mức này do bạn tự chọn, không cần đúng thu nhập thật.`,
    incomeSlider: 'Kéo để chọn mức thu nhập',
    floorButton: 'Chọn mức thấp nhất',
    groups: 'Bạn thuộc nhóm nào? Chọn mọi nhóm đúng với bạn (không chọn: người tham gia khác)',
    mode: 'Cách đóng',
    date: 'Tính theo quy định của ngày',
    dateHint: (reference: string) => `Mặc định là ngày ${reference}. Đổi ngày để xem quy định cũ hoặc sắp áp dụng.`,
    supported: 'Bạn đã được Nhà nước hỗ trợ tiền đóng bao nhiêu tháng trước đây?',
    supportedHint: (max: string) => `Mỗi người được hỗ trợ tối đa ${max}. Để 0 nếu bạn mới tham gia.`,
    submit: 'Tính',
    result: 'Kết quả',
    headline: (own: string) => `Bạn đóng ${own} mỗi tháng`,
    headlinePayment: (months: number, total: string) => `Mỗi lần đóng ${months} tháng: ${total}`,
    announce: (own: string, payment: string) => `Kết quả: bạn đóng ${own} mỗi tháng. ${payment}.`,
    ruleLine: (ruleSet: string, date: string) => `${ruleSet}. Tính cho ngày ${date}.`,
    rows: {
      income: 'Mức thu nhập dùng để tính',
      monthly: (rate: string) => `Tiền đóng mỗi tháng (${rate})`,
      state: (rate: string, group: string) => `Nhà nước hỗ trợ mỗi tháng (${group}, ${rate})`,
      local: (name: string, rate: string) => `${name} hỗ trợ thêm mỗi tháng (${rate})`,
      own: 'Bạn tự đóng mỗi tháng',
      perPayment: (months: number) => `Mỗi lần đóng (${months} tháng)`,
      perYear: 'Cả năm (12 tháng)',
    },
    head: { what: 'Khoản', amount: 'Số tiền', source: 'Căn cứ' },
    steps: 'Cách tính',
    sources: 'Văn bản căn cứ',
    ignored: (name: string, value: string, reason: string) => `Bỏ qua “${name}=${value}” trong đường dẫn: ${reason}.`,
    share: 'Gửi phép tính này: sao chép địa chỉ trên thanh địa chỉ, hoặc dùng nút chia sẻ cuối trang.',
    finalWord: 'Con số chỉ để tham khảo. Cơ quan Bảo hiểm xã hội nơi bạn đăng ký là nơi trả lời cuối cùng về mức đóng và phần được hỗ trợ.',
    policyLink: 'Giải thích mức đóng và tiền Nhà nước hỗ trợ',
    modes: (months: number) => (months === 1 ? 'Hằng tháng' : months < 12 ? `${months} tháng một lần` : months === 12 ? '12 tháng (1 năm) một lần' : `Đóng trước ${months / 12} năm một lần`),
    tables: {
      title: 'Bảng tính sẵn',
      intro: (date: string) => `Tính theo quy định áp dụng ngày ${date}: số tiền bạn tự đóng mỗi lần, sau khi trừ phần được hỗ trợ.`,
      byGroup: (floor: string) => `Ở mức thu nhập thấp nhất (${floor}), theo nhóm.`,
      byIncome: (support: string) => `Người tham gia khác (được hỗ trợ ${support} nghìn đồng mỗi tháng), theo mức thu nhập chọn.`,
      group: 'Nhóm',
      income: 'Thu nhập chọn',
      supportShort: (support: string) => `hỗ trợ ${support}`,
      perPayment: 'Mỗi lần đóng, theo số tháng',
      unit: 'Đơn vị: nghìn đồng.',
    },
  },
  /** The pension estimate, /tinh-luong-huu/. */
  pension: {
    title: 'Ước tính lương hưu BHXH tự nguyện',
    /** Words people type for this page that it does not write as such (searched, never shown). */
    searchKeywords: ['tính lương hưu', 'lương hưu bao nhiêu', 'về hưu được bao nhiêu', 'tuổi nghỉ hưu'],
    description: 'Nhập số năm đóng và mức thu nhập bình quân đã đóng: xem lương hưu ước tính mỗi tháng, tuổi nghỉ hưu theo năm sinh, và đóng thêm một năm được thêm bao nhiêu.',
    lead: 'Lương hưu tính bằng một tỷ lệ nhân với mức thu nhập bình quân bạn đã đóng. Đóng càng lâu, tỷ lệ càng cao.',
    noScript: 'Ô tính cần JavaScript, mà trình duyệt của bạn đang tắt JavaScript. Các bảng dưới đây cho biết tỷ lệ hưởng theo số năm đóng và tuổi nghỉ hưu theo từng năm.',
    form: 'Thông tin để ước tính',
    sex: 'Bạn là',
    sexes: { nu: 'Nữ', nam: 'Nam' },
    birth: 'Tháng, năm sinh',
    birthMonth: 'Tháng sinh',
    birthYear: 'Năm sinh',
    years: 'Số năm đã và sẽ đóng BHXH (cả bắt buộc và tự nguyện)',
    income: 'Mức thu nhập bình quân đã đóng mỗi tháng (đồng)',
    incomeHint: 'Nếu cả đời chọn mức thấp nhất, ghi mức thấp nhất hiện nay.',
    joinedEarly: 'Tôi tham gia BHXH tự nguyện trước ngày 1/1/2021',
    submit: 'Ước tính',
    result: 'Kết quả ước tính',
    headline: (monthly: string) => `Lương hưu ước tính: ${monthly} mỗi tháng`,
    notYet: (min: number, missing: number) => `Cần đóng ít nhất ${min} năm mới có lương hưu; bạn còn thiếu ${missing} năm.`,
    makeUp: 'Đến tuổi nghỉ hưu mà còn thiếu không quá 5 năm, bạn có thể đóng một lần cho số năm còn thiếu để nhận lương hưu. Nếu không, bạn có thể nhận bảo hiểm xã hội một lần hoặc chờ trợ cấp hưu trí xã hội.',
    working: (rate: string, income: string, monthly: string) => `Cách tính: ${rate} × ${income} = ${monthly} mỗi tháng.`,
    atMax: (max: string) => `Tỷ lệ đã ở mức cao nhất ${max}.`,
    oneMore: (rate: string, monthly: string, added: string) => `Đóng thêm 1 năm: tỷ lệ ${rate}, lương hưu ${monthly} mỗi tháng (thêm ${added}).`,
    retirement: (age: string, when: string) => `Tuổi nghỉ hưu của bạn: ${age}, tức là vào tháng ${when}.`,
    early: (age: string, when: string | null) => `Vì bạn tham gia trước 1/1/2021 và đóng từ đủ 20 năm, bạn có thể nhận lương hưu sớm hơn, khi đủ ${age}${when ? ` (tháng ${when})` : ''}, nếu bạn muốn.`,
    tables: {
      rates: 'Tỷ lệ hưởng lương hưu theo số năm đóng',
      years: 'Số năm đóng',
      women: 'Nữ',
      men: 'Nam',
      ages: 'Tuổi nghỉ hưu theo năm đạt tuổi',
      year: 'Năm',
    },
    sources: 'Văn bản căn cứ',
    policyLink: 'Điều kiện hưởng lương hưu',
  },
  /** The enrolment guide, /dang-ky/. */
  enrol: {
    title: 'Đăng ký BHXH tự nguyện: từng bước',
    /** Words people type for this page that it does not write as such (searched, never shown). */
    searchKeywords: ['đăng ký ở đâu', 'nơi đăng ký', 'đăng ký như thế nào', 'thủ tục đăng ký', 'hồ sơ đăng ký', 'cần mang giấy tờ gì'],
    description: 'Ai được tham gia, đóng bao nhiêu, mang theo gì, đăng ký ở đâu, trên mạng thế nào, sau đó làm gì, hỏi ai — và danh sách điểm thu theo xã, phường.',
    lead: 'Bảy bước, mỗi bước một việc. Người lớn tuổi chỉ cần bước 3 và bước 4: mang căn cước đến điểm thu gần nhà.',
    step: 'Bước',
    print: 'Trang này in vừa một tờ A4 (không kèm danh sách điểm thu).',
    points: 'Điểm thu gần bạn',
    pointsIntro: 'Chọn xã, phường của bạn để xem các điểm thu ở đó.',
    pointsIndex: 'Xã, phường có điểm thu',
    pointsCount: (n: number) => `${n} điểm`,
    illustrative: 'Danh sách minh họa: tên và địa chỉ không phải thông tin thật.',
    illustrativeBadge: 'minh họa',
    pointsSource: 'Nguồn danh sách',
    kinds: { 'buu-dien': 'Bưu điện', 'dai-ly-thu': 'Đại lý thu', 'co-quan-bhxh': 'Cơ quan BHXH' },
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    hours: 'Giờ mở cửa',
    /** Non-breaking spaces: the label of a tel: link never wraps (html-validate tel-non-breaking). */
    call: (phone: string) => `Gọi\u00a0${phone.replace(/ /g, '\u00a0')}`,
    directions: 'Chỉ đường',
    directionsHint: '(mở ứng dụng bản đồ)',
    noPoints: 'Chưa có danh sách điểm thu cho trang này. Hỏi UBND xã, phường hoặc gọi đường dây nóng.',
    printPoints: (url: string) => `Danh sách điểm thu: ${url}`,
    hotlineCost: 'Cước gọi do người gọi trả, theo giá của nhà mạng cho đầu số 1900.',
    unitLink: (n: number) => `Điểm thu BHXH tự nguyện ở đây (${n} điểm)`,
  },
  /** The steps of the enrolment guide; amounts come in formatted from the rule data. */
  enrolSteps: {
    who: {
      title: 'Kiểm tra bạn có được tham gia',
      items: [
        'Bạn là công dân Việt Nam, từ đủ 15 tuổi trở lên.',
        'Bạn không thuộc diện đóng BHXH bắt buộc (không làm việc theo hợp đồng lao động có đóng bảo hiểm).',
        'Bạn không đang nhận lương hưu, trợ cấp BHXH hằng tháng hoặc trợ cấp hằng tháng.',
      ],
    },
    cost: {
      title: 'Chọn mức đóng',
      text: (min: string, own: string, highest: string) =>
        `Bạn tự chọn mức thu nhập để đóng. Mức thấp nhất phải đóng ${min} mỗi tháng; Nhà nước hỗ trợ một phần, nên người không thuộc nhóm ưu tiên tự đóng ${own}, hộ nghèo tự đóng ${highest}.`,
      link: 'Tính số tiền của bạn',
    },
    bring: {
      title: 'Mang theo giấy tờ',
      items: [
        'Thẻ căn cước hoặc căn cước công dân.',
        'Tờ khai mẫu TK1-TS: nơi đăng ký có sẵn, nhân viên giúp bạn điền.',
        'Mã số BHXH cũ, nếu bạn đã từng đóng ở công ty.',
        'Nếu nhà bạn là hộ nghèo, cận nghèo, hoặc bạn là người dân tộc thiểu số: nói rõ với nhân viên để được tính đúng mức hỗ trợ.',
      ],
    },
    where: {
      title: 'Đến điểm thu gần nhà',
      text: 'Bưu điện, nhân viên đại lý thu ở thôn, tổ dân phố, hoặc cơ quan BHXH. Đóng tiền kỳ đầu và giữ biên lai.',
      link: 'Xem điểm thu theo xã, phường',
    },
    online: {
      title: 'Hoặc đăng ký trên mạng',
      text: 'Trên Cổng Dịch vụ công quốc gia, tìm thủ tục đăng ký tham gia BHXH tự nguyện, khai theo tờ khai TK1-TS và đóng tiền trực tuyến. Ứng dụng VssID để tra cứu quá trình đóng của bạn.',
      portal: 'Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)',
    },
    after: {
      title: 'Sau khi đăng ký',
      items: [
        'Hồ sơ được giải quyết trong khoảng 5 ngày làm việc; xem quá trình đóng trên ứng dụng VssID.',
        'Đóng kỳ sau đúng hạn: đóng hằng tháng thì trong tháng; 3 tháng thì trong kỳ 3 tháng; 6 tháng thì trong 4 tháng đầu của kỳ; 12 tháng thì trong 7 tháng đầu của kỳ.',
        'Đóng ở điểm thu như lần đầu, hoặc trực tuyến. Luôn lấy biên lai.',
      ],
    },
    ask: {
      title: 'Cần hỏi thêm',
      text: 'Hỏi nhân viên thu, UBND xã, phường, hoặc gọi đường dây nóng:',
    },
  },
};

