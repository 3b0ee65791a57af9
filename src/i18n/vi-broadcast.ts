// Interface strings of the commune loudspeaker scripts ("Bản tin phát thanh"): the words of the
// generated script and of its page. Amounts come in formatted; the script speaks to listeners
// ("bà con"), the page around it to the commune official who reads it out.
import { formatAmountValue } from '../lib/rules/amounts.ts';
import type { BroadcastStrings } from '../lib/broadcast/script.ts';
import { spokenVietnamese } from '../lib/broadcast/spoken-text.ts';

export const viBroadcastScript: BroadcastStrings = {
  sections: { opening: 'Mở đầu', message: 'Nội dung', facts: 'Thông tin cần nhớ', closing: 'Kết thúc', own: 'Bản tin' },
  opening: 'Kính thưa bà con! Mời bà con nghe bản tin về bảo hiểm xã hội tự nguyện.',
  messageIntro: (campaign) => (campaign ? `Thông điệp của chiến dịch ${campaign}:` : 'Thông điệp tuyên truyền:'),
  policyIntro: 'Nhiều bà con hỏi:',
  money: (minimum, lowestOwn, poorOwn) =>
    lowestOwn === null
      ? `Mức đóng thấp nhất hiện nay là ${minimum} mỗi tháng.`
      : `Mức đóng thấp nhất hiện nay là ${minimum} mỗi tháng. Nhà nước hỗ trợ một phần, nên người tham gia chỉ tự đóng từ ${lowestOwn} mỗi tháng${poorOwn ? `; người thuộc hộ nghèo tự đóng ${poorOwn}` : ''}.`,
  where: (address) => `Bà con mang thẻ căn cước đến bưu điện, nhân viên thu ở thôn, tổ dân phố hoặc cơ quan bảo hiểm xã hội để đăng ký. Danh sách điểm thu có trên trang ${address}.`,
  hotline: (spoken, digits) => `Cần hỏi thêm, bà con gọi đường dây nóng ${spoken} (${digits}). Xin nhắc lại: ${spoken}.`,
  repeatMessage: (text) => `Xin nhắc lại thông điệp: ${text}`,
  closing: 'Bản tin đến đây là hết. Cảm ơn bà con đã lắng nghe.',
  digits: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
  speakable: spokenVietnamese,
  formatMoney: (value) => formatAmountValue(value, 'money'),
};

export const viBroadcast = {
  /** The link on message and policy pages. */
  link: 'Bản tin phát thanh: bài đọc trên loa xã, in vừa một trang A4',
  title: (name: string) => `Bản tin phát thanh: ${name}`,
  description: (name: string) => `Bài đọc sẵn cho loa truyền thanh xã, phường về “${name}”: mở đầu, nội dung, mức đóng, nơi đăng ký, đường dây nóng và lời kết; in vừa một trang A4 hoặc tải bản chữ.`,
  crumb: 'Bản tin phát thanh',
  forStaff: 'Dành cho cán bộ đài truyền thanh xã, phường: đọc chậm, rõ từng tiếng; đọc số điện thoại từng số một.',
  duration: (seconds: number) => {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return [minutes > 0 ? `${minutes} phút` : '', rest > 0 ? `${rest} giây` : ''].filter(Boolean).join(' ');
  },
  readingTime: (duration: string, pace: number) => `Thời lượng đọc: khoảng ${duration} (đọc chậm, ${pace} tiếng mỗi phút).`,
  figuresOn: (date: string) => `Số tiền tính theo quy định áp dụng ngày ${date}.`,
  own: 'Bài do cán bộ soạn (thay bài tự tạo).',
  download: 'Tải bản chữ (.txt)',
  print: 'In bản tin',
  printHint: 'Bản tin in vừa một trang A4: bấm nút In, hoặc chọn In trong trình duyệt.',
  back: { message: 'Về trang thông điệp', policy: 'Về trang chính sách' },
  source: (url: string) => `Trang: ${url}`,
  list: {
    title: 'Bản tin phát thanh',
    description: 'Bài đọc sẵn cho loa truyền thanh xã, phường: mỗi thông điệp, mỗi trang chính sách một bản tin, in vừa một trang A4.',
    intro: 'Mỗi thông điệp và mỗi trang chính sách có một bài đọc sẵn cho loa truyền thanh xã, phường, với mức đóng tính theo quy định hiện hành. Chọn bài, in ra hoặc tải bản chữ.',
    messages: 'Theo thông điệp',
    policies: 'Theo chủ đề chính sách',
    khmer: 'Bằng tiếng Khmer',
    khmerIntro: 'Bản tin của các trang đã dịch sang tiếng Khmer (bản dịch mẫu, cần người nói tiếng Khmer duyệt trước khi phát):',
    khmerItem: (name: string) => `${name} (tiếng Khmer)`,
  },
} as const;
