// Vietnamese words of the editor at /admin/: the name of each collection and, for every field of
// every schema, its label and a hint under the box. Keys are "collection.field.subfield" (list
// items have no index); "*.field" applies to every collection. tests/lib/cms/ fails when a schema
// field has no label here, so a new field cannot reach the editor with an English key as its name.

export interface FieldWords {
  label: string;
  hint?: string;
}

export const viCms = {
  /** Shown in the browser tab and on the sign-in screen. */
  appTitle: 'Loa — Quản trị nội dung',
  /** Shown when the browser runs no JavaScript. */
  noScript: 'Trang quản trị cần JavaScript. Hãy mở bằng Chrome, Edge hoặc Firefox bản mới và bật JavaScript.',
  /** Body of every Markdown entry. */
  body: { label: 'Nội dung', hint: 'Viết như soạn văn bản. Tiêu đề nhỏ: nút "H2". Có thể gõ cả các dấu { } < > bình thường.' },
  collections: {
    site: { label: 'Thông tin trang', singular: 'thông tin trang', description: 'Tên cơ quan, đường dây nóng, địa chỉ trang, màu, logo: in trên mọi trang và mọi ấn phẩm.' },
    articles: { label: 'Bài viết', singular: 'bài viết', description: 'Tin bài, hỏi đáp, gương điển hình. Bài có ngày đăng sau hôm nay sẽ tự lên trang vào ngày đó.' },
    messages: { label: 'Thông điệp', singular: 'thông điệp', description: 'Khẩu hiệu của chiến dịch. Mỗi thông điệp có ảnh Facebook/Zalo, ảnh vuông, áp phích, băng rôn, standee.' },
    campaigns: { label: 'Chiến dịch', singular: 'chiến dịch', description: 'Kế hoạch vận động: chủ đề, thời gian, văn bản, mốc thời gian.' },
    policies: { label: 'Chính sách', singular: 'trang chính sách', description: 'Giải thích chính sách bằng lời dễ hiểu, kèm văn bản căn cứ.' },
    audiences: { label: 'Nhóm đối tượng', singular: 'nhóm đối tượng', description: 'Các nhóm người dân ("Tôi là…") mà trang hướng tới.' },
  } as Record<string, { label: string; singular: string; description: string }>,
  /** Choices of select fields, by value. */
  options: {
    'trung-uong': 'Trung ương',
    tinh: 'Tỉnh',
    huyen: 'Huyện',
    xa: 'Xã',
    'tong-quan': 'Tổng quan',
    'quyen-loi': 'Quyền lợi',
    'muc-dong': 'Mức đóng',
    'ho-tro': 'Nhà nước hỗ trợ',
    'phuong-thuc': 'Phương thức đóng',
    'dang-ky': 'Đăng ký',
    'huu-tri': 'Lương hưu',
    'mot-lan': 'Nhận một lần',
    'chuyen-tiep': 'Chuyển tiếp',
    github: 'GitHub',
    gitlab: 'GitLab',
    gitea: 'Gitea / Forgejo',
  } as Record<string, string>,
  fields: {
    '*.draft': { label: 'Bản nháp', hint: 'Bật khi chưa muốn đăng: bài được lưu nhưng không lên trang, không có trong tìm kiếm và danh sách.' },
    '*.publishDate': { label: 'Ngày bắt đầu hiện trên trang', hint: 'Để trống là hiện ngay. Chọn một ngày sau hôm nay để hẹn giờ đăng.' },
    '*.summary': { label: 'Tóm tắt', hint: 'Một hai câu, hiện trong danh sách và khi chia sẻ lên Zalo, Facebook (tối đa 300 ký tự).' },
    '*.order': { label: 'Thứ tự', hint: 'Số nhỏ đứng trước.' },

    'articles.title': { label: 'Tiêu đề', hint: 'Tối đa 160 ký tự.' },
    'articles.date': { label: 'Ngày đăng', hint: 'Ngày sau hôm nay: bài tự lên trang vào ngày đó.' },
    'articles.author': { label: 'Người viết', hint: 'Người hoặc đơn vị viết bài.' },
    'articles.campaign': { label: 'Thuộc chiến dịch', hint: 'Có thể để trống.' },
    'articles.tags': { label: 'Thẻ', hint: '2 đến 4 từ ngắn, chữ thường; dùng lại thẻ đã có.' },
    'articles.cover': { label: 'Ảnh bìa', hint: 'Không bắt buộc. Ảnh chụp điện thoại được tự thu nhỏ khi đăng.' },
    'articles.cover.src': { label: 'Tệp ảnh', hint: 'Ảnh .jpg, .png hoặc .webp.' },
    'articles.cover.alt': { label: 'Mô tả ảnh', hint: 'Bắt buộc: ảnh cho thấy gì, cho người không nhìn thấy ảnh (ví dụ "Cán bộ bưu điện hướng dẫn bà con điền tờ khai").' },
    'articles.cover.width': { label: 'Chiều rộng (điểm ảnh)', hint: 'Để trống: trang tự đọc từ tệp ảnh.' },
    'articles.cover.height': { label: 'Chiều cao (điểm ảnh)', hint: 'Để trống: trang tự đọc từ tệp ảnh.' },

    'messages.text': { label: 'Câu thông điệp', hint: 'Chép đúng từng chữ như trong kế hoạch, đủ dấu (tối đa 300 ký tự).' },
    'messages.short': { label: 'Bản rút gọn', hint: 'Cho ảnh nhỏ khi câu dài (tối đa 90 ký tự). Giữ đúng ý.' },
    'messages.campaigns': { label: 'Chiến dịch dùng thông điệp này', hint: 'Chọn ít nhất một chiến dịch.' },
    'messages.order': { label: 'Số thứ tự trong kế hoạch', hint: '1 là câu đầu tiên.' },
    'messages.cta': { label: 'Nút mời hành động', hint: 'Không bắt buộc.' },
    'messages.cta.label': { label: 'Chữ trên nút', hint: 'Ví dụ "Cách đăng ký", "Gọi 1900 9068".' },
    'messages.cta.href': { label: 'Nút dẫn tới', hint: 'Một trang của trang web (bắt đầu bằng /), một địa chỉ https://…, hoặc tel:19009068.' },

    'campaigns.title': { label: 'Tên chiến dịch' },
    'campaigns.theme': { label: 'Chủ đề', hint: 'Đúng như kế hoạch ghi.' },
    'campaigns.period': { label: 'Thời gian' },
    'campaigns.period.start': { label: 'Ngày bắt đầu' },
    'campaigns.period.end': { label: 'Ngày kết thúc' },
    'campaigns.locality': { label: 'Địa bàn', hint: 'Ví dụ "tỉnh Bắc Giang".' },
    'campaigns.document': { label: 'Văn bản kế hoạch' },
    'campaigns.document.number': { label: 'Số văn bản', hint: 'Ví dụ 76/KH-UBND. Để trống nếu bản sao không ghi số.' },
    'campaigns.document.date': { label: 'Ngày ký', hint: 'Để trống nếu bản sao không ghi ngày.' },
    'campaigns.document.issuer': { label: 'Cơ quan ban hành' },
    'campaigns.document.level': { label: 'Cấp ban hành' },
    'campaigns.audiences': { label: 'Nhóm đối tượng' },
    'campaigns.channels': { label: 'Kênh truyền thông', hint: 'Fanpage, Zalo OA, loa truyền thanh…' },
    'campaigns.milestones': { label: 'Mốc thời gian' },
    'campaigns.milestones.date': { label: 'Ngày' },
    'campaigns.milestones.what': { label: 'Việc cần làm' },
    'campaigns.milestones.who': { label: 'Ai thực hiện' },
    'campaigns.roles': { label: 'Phân công' },
    'campaigns.roles.who': { label: 'Cơ quan, đơn vị' },
    'campaigns.roles.tasks': { label: 'Nhiệm vụ' },
    'campaigns.source': { label: 'Nguồn dữ liệu', hint: 'Ví dụ tên tệp kế hoạch gốc.' },

    'policies.title': { label: 'Tiêu đề (câu hỏi người dân hay tìm)' },
    'policies.topic': { label: 'Chủ đề' },
    'policies.audiences': { label: 'Viết cho nhóm đối tượng' },
    'policies.sources': { label: 'Văn bản căn cứ', hint: 'Ít nhất một văn bản.' },
    'policies.sources.document': { label: 'Văn bản', hint: 'Ví dụ "Nghị định 159/2025/NĐ-CP".' },
    'policies.sources.article': { label: 'Điều, khoản' },
    'policies.sources.effective': { label: 'Ngày có hiệu lực' },
    'policies.sources.note': { label: 'Ghi chú' },
    'policies.figures': { label: 'Con số theo luật', hint: 'Mỗi dòng: hoặc điền "Số tiền tính từ quy định" (trang tự tính), hoặc điền Tên con số, Giá trị, Đơn vị, Áp dụng từ ngày và Văn bản.' },
    'policies.figures.rule': { label: 'Số tiền tính từ quy định', hint: 'Tên như trong {{…}}, ví dụ muc-dong-thap-nhat (README, "Số tiền tính từ quy định").' },
    'policies.figures.label': { label: 'Tên con số', hint: 'Ví dụ "Mức đóng tối thiểu". Với số tiền tính từ quy định: để trống là dùng tên có sẵn.' },
    'policies.figures.value': { label: 'Giá trị' },
    'policies.figures.unit': { label: 'Đơn vị', hint: 'đồng/tháng, %, năm…' },
    'policies.figures.effective': { label: 'Áp dụng từ ngày' },
    'policies.figures.source': { label: 'Văn bản quy định' },
    'policies.reviewed': { label: 'Ngày đối chiếu lần cuối', hint: 'Ngày cán bộ kiểm tra lại trang với văn bản mới nhất.' },
    'policies.faq': { label: 'Câu hỏi thường gặp' },
    'policies.faq.q': { label: 'Câu hỏi' },
    'policies.faq.a': { label: 'Trả lời' },

    'audiences.name': { label: 'Tên nhóm', hint: 'Ví dụ "Nông dân".' },
    'audiences.iAm': { label: 'Câu "Tôi là…"', hint: 'Ví dụ "Tôi là nông dân".' },

    'site.name': { label: 'Tên trang', hint: 'Hiện ở đầu mọi trang.' },
    'site.tagline': { label: 'Câu giới thiệu', hint: 'Một câu nói trang dùng để làm gì.' },
    'site.agency': { label: 'Cơ quan' },
    'site.agency.name': { label: 'Tên cơ quan', hint: 'Tên đầy đủ, in trên mọi ấn phẩm, ví dụ "Bảo hiểm xã hội tỉnh Bắc Giang".' },
    'site.agency.shortName': { label: 'Tên ngắn' },
    'site.agency.address': { label: 'Địa chỉ' },
    'site.agency.email': { label: 'Thư điện tử' },
    'site.locality': { label: 'Địa bàn', hint: 'Ví dụ "tỉnh Bắc Giang".' },
    'site.hotline': { label: 'Đường dây nóng' },
    'site.hotline.display': { label: 'Số như người đọc', hint: 'Ví dụ "1900 9068".' },
    'site.hotline.dial': { label: 'Số để bấm gọi', hint: 'Viết liền, ví dụ 19009068.' },
    'site.baseUrl': { label: 'Địa chỉ trang', hint: 'Ví dụ https://bhxh.bacgiang.gov.vn. Mọi mã QR trên ấn phẩm dẫn về đây.' },
    'site.facebook': { label: 'Trang Facebook' },
    'site.zalo': { label: 'Zalo OA' },
    'site.colors': { label: 'Màu' },
    'site.colors.primary': { label: 'Màu chính' },
    'site.colors.accent': { label: 'Màu nhấn' },
    'site.colors.text': { label: 'Màu chữ' },
    'site.colors.background': { label: 'Màu nền' },
    'site.logo': { label: 'Logo', hint: 'Tệp .svg hoặc .png.' },
    'site.currentCampaign': { label: 'Chiến dịch hiện trên trang chủ' },
    'site.disclaimer': { label: 'Lưu ý dưới trang chính sách' },
    'site.referenceDate': { label: 'Xem trước trang vào ngày', hint: 'Để trống trên trang thật.' },
    'site.cms': { label: 'Kho Git của trang', hint: 'Nơi trang quản trị lưu bài. Do người cài đặt điền.' },
    'site.cms.host': { label: 'Dịch vụ Git' },
    'site.cms.repo': { label: 'Tên kho', hint: 'Dạng tổ-chức/tên-kho.' },
    'site.cms.branch': { label: 'Nhánh', hint: 'Thường là main.' },
    'site.cms.apiRoot': { label: 'Địa chỉ API (máy chủ riêng)', hint: 'Chỉ khi dùng GitLab hoặc Gitea của cơ quan.' },
    'site.rulesLocality': { label: 'Hỗ trợ thêm của tỉnh, thành', hint: 'Tên tệp trong rules/dia-phuong/ (ví dụ ha-noi). Để trống nếu tỉnh không hỗ trợ thêm.' },
    'site.printCropMarks': { label: 'Dấu cắt trên bản in PDF', hint: 'Thường để tắt: nhà in tự đặt dấu cắt theo khung cắt và phần tràn lề 3 mm trong tệp PDF.' },
    'site.progressImages': { label: 'Ảnh trang tiến độ' },
    'site.progressImages.cardLevels': { label: 'Số cấp có ảnh xem trước riêng' },
    'site.progressImages.chartLevels': { label: 'Số cấp có ảnh biểu đồ tải về' },
  } as Record<string, FieldWords>,
};

/** Words of one field: its own entry, else the "*.field" entry, else none. */
export function fieldWords(collection: string, path: string): FieldWords | undefined {
  return viCms.fields[`${collection}.${path}`] ?? viCms.fields[`*.${path}`];
}
