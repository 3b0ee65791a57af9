// Interface strings of the generated images, share bar and download pages.

export const viImages = {
  share: {
    label: 'Chia sẻ trang này',
    title: 'Chia sẻ',
    facebook: 'Facebook',
    zalo: 'Zalo',
    copy: 'Sao chép liên kết',
    copied: 'Đã sao chép liên kết.',
    copyFailed: 'Không sao chép được; hãy chép địa chỉ trên thanh địa chỉ.',
    shareImage: 'Chia sẻ ảnh…',
    shareFailed: 'Không chia sẻ được ảnh; hãy tải ảnh ở trang Tải ấn phẩm.',
    newWindow: '(mở cửa sổ mới)',
  },
  downloads: {
    link: 'Tải ấn phẩm: ảnh, áp phích, băng rôn, standee',
    title: (name: string) => `Tải ấn phẩm — ${name}`,
    intro: 'Ảnh dựng sẵn theo màu và logo của cơ quan, có mã QR dẫn về trang này trên áp phích, băng rôn và standee. Bấm vào tên tệp để tải về.',
    zip: 'Tải tất cả (tệp ZIP)',
    zipNote: (size: string) => `gồm ảnh của chiến dịch và mọi thông điệp (áp phích, băng rôn, standee là tệp PDF để in), ${size}`,
    pixels: 'Kích thước',
    fileSize: 'Dung lượng',
    download: 'Tải PNG',
    pdf: 'Tải PDF để in',
    /** Under the PDF link: what a print shop needs to know. */
    pdfNote: (width: string, height: string, size: string) => `Khổ in ${width} × ${height} mm, thêm 3 mm lề xén (bleed) mỗi cạnh, chữ và mã QR dạng vector · ${size}`,
    messages: 'Ấn phẩm của từng thông điệp',
    preview: (format: string) => `Xem trước ảnh ${format}`,
    notBuilt: 'Ảnh được tạo khi dựng trang bằng lệnh npm run build.',
    undatedLabel: 'bản không ghi ngày',
  },
  quick: {
    heading: 'Tải ảnh về máy',
    og: 'Facebook, Zalo',
    square: 'Ảnh vuông',
    'poster-a4': 'Áp phích A4',
    zip: 'Tất cả (ZIP)',
    imageAlt: (text: string) => `Ảnh thông điệp: ${text}`,
  },
  undated: {
    heading: 'Bản không ghi ngày',
    intro: 'Cùng câu thông điệp, không ghi tên chiến dịch và ngày tháng: dùng lại được cho chiến dịch sau.',
  },
  messageZipNote: (size: string) => `gồm mọi khổ ảnh của thông điệp này, có ghi ngày và không ghi ngày (áp phích, băng rôn, standee là tệp PDF để in), ${size}`,
  placeholder: {
    heading: 'Lưu ý cho cán bộ: trang đang dùng thông tin mẫu',
    intro: 'Mọi ảnh, áp phích và mã QR bên dưới đang in các thông tin mẫu sau. Sửa tệp site.yaml (hoặc mục "Thông tin trang" trong trang quản trị /admin/) rồi dựng lại trước khi in:',
  },
  chartImages: {
    og: 'Tải ảnh (1200×630)',
    square: 'Tải ảnh vuông (1080×1080)',
    /** A ranking spread over several images: one link per image. */
    ogPage: (n: number, count: number) => `Tải ảnh ${n}/${count} (1200×630)`,
    squarePage: (n: number, count: number) => `Tải ảnh vuông ${n}/${count} (1080×1080)`,
  },
  /** Texts drawn in the progress images (cards and chart images of /tien-do/ pages). */
  progress: {
    kicker: (indicator: string, campaign: string) => `Tiến độ ${indicator} · ${campaign}`,
    targetOnly: (target: string) => `Chỉ tiêu: ${target}`,
    status: (label: string) => `Tình trạng: ${label}`,
    rateTarget: (target: string, year: number) => `Mục tiêu ${target} vào năm ${year}`,
    rateResult: (result: string, year: number) => `Kết quả năm ${year}: ${result}`,
    noRateResults: 'Chưa có số liệu kết quả',
    rateMeasure: (label: string, denominator: string) => `${label}, tính theo phần trăm ${denominator}`,
    /** "319 người · chiếm 18,2 %": the share of the parent's target, said as such. */
    targetShare: (target: string, share: string) => `${target} · chiếm ${share}`,
    rankingTitle: (childrenWord: string, unit: string) => `Tỷ lệ đạt chỉ tiêu của ${childrenWord} thuộc ${unit}`,
    targetsTitle: (year: number, childrenWord: string, unit: string) => `Chỉ tiêu năm ${year} của ${childrenWord} thuộc ${unit}`,
    page: (n: number, count: number) => `(${n}/${count})`,
    /** A long ranking on one image: the units behind first, and what is left out. */
    behindFirst: (shown: number, behind: number) => `${behind} đơn vị chậm tiến độ, chậm nhất trước${shown < behind ? `; ảnh ghi ${shown} đơn vị đầu` : ''}`,
    // When every unit is behind, nothing else is left out: "xem trên trang" alone (not "; : xem…").
    leftOut: (onTrack: number, unknown: number) =>
      [[onTrack > 0 ? `${onTrack} đơn vị đạt hoặc đúng tiến độ` : '', unknown > 0 ? `${unknown} chưa có số liệu` : ''].filter(Boolean).join(', '), 'xem trên trang'].filter(Boolean).join(': '),
    minhHoa: 'số liệu minh họa',
    /**
     * The row a ranking image folds its middle into when it holds more units than fit (only for
     * a spec not split into pages by ranking-pages.ts); "{n}" is the number of units left out.
     */
    fold: { others: '… và {n} đơn vị khác', seePage: 'xem trên trang' },
  },
};
