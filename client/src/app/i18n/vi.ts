/**
 * The shell's Vietnamese UI text (the default): header, navigation, filters and shared components. Each page's own
 * text comes with its chunk (features/<feature>/messages.ts). Metric names and descriptions come from the API's catalogue.
 */
export const vi = {
  'app.title': 'Kết quả giải quyết thủ tục hành chính',
  'app.shortTitle': 'TTHC',
  'app.tagline': 'Bảng điều khiển chỉ tiêu một cửa',
  'app.skipToContent': 'Bỏ qua, đến nội dung chính',
  'app.footer':
    'Số liệu tính theo ngày giờ Việt Nam từ dữ liệu hồ sơ và lượt đánh giá; tên và cách tính chỉ tiêu theo danh mục chỉ tiêu chung của hệ thống.',

  'nav.label': 'Các trang',
  'nav.overview': 'Tổng quan',
  'nav.compareUnits': 'So sánh đơn vị',
  'nav.comparePeriods': 'So sánh kỳ',
  'nav.campaigns': 'Chiến dịch',
  'nav.opinions': 'Ý kiến đối thoại',
  'nav.satisfaction': 'Mức độ hài lòng',
  'nav.form06': 'Biểu 06',
  'nav.dataQuality': 'Chất lượng số liệu',
  'nav.import': 'Nhập dữ liệu',
  'nav.signIn': 'Đăng nhập',

  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'account.label': 'Tài khoản',
  'account.demo': 'Demo — dữ liệu minh hoạ, chỉ xem',
  'account.signIn': 'Đăng nhập',
  'account.signOut': 'Đăng xuất',
  'account.role.ADMIN': 'Quản trị viên',
  'account.role.LEADER': 'Lãnh đạo',
  'account.role.OFFICER': 'Cán bộ một cửa',
  'account.role.ORGANISER': 'Tổ chức chiến dịch',
  'account.role.VIEWER': 'Chỉ xem',

  'filters.label': 'Bộ lọc',
  'unit.label': 'Đơn vị',
  'unit.placeholder': 'Tìm theo tên hoặc mã đơn vị…',
  'unit.searching': 'Đang tìm đơn vị…',
  'unit.noMatch': 'Không có đơn vị nào khớp với “{search}”.',
  'unit.searchFailed': 'Không tìm được đơn vị: {message}',
  'unit.results': '{count, plural, other {# đơn vị}}',
  'unit.code': 'mã {code}',
  'unit.until': 'đến {date}',
  'unit.since': 'từ {date}',
  'unit.unknown': 'Không có đơn vị mã {code} trong danh mục.',
  'unit.notInPeriod':
    '{unit} chỉ tồn tại từ {from} đến {to}, không trong kỳ đã chọn. Hãy chọn kỳ khác, hoặc đơn vị kế thừa sau sắp xếp năm 2025.',
  'unit.withDescendants': 'gồm các đơn vị trực thuộc',
  'unit.level.PROVINCE': 'Tỉnh, thành phố',
  'unit.level.DISTRICT': 'Quận, huyện, thị xã',
  'unit.level.COMMUNE': 'Phường, xã',

  'period.label': 'Kỳ',
  'period.from': 'Từ ngày',
  'period.to': 'Đến ngày',
  'period.apply': 'Xem',
  'period.previous': 'Kỳ trước',
  'period.next': 'Kỳ sau',
  'period.presets': 'Chọn nhanh',
  'period.preset.thisMonth': 'Tháng này',
  'period.preset.previousMonth': 'Tháng trước',
  'period.preset.thisQuarter': 'Quý này',
  'period.preset.reportingWindow': 'Kỳ báo cáo 15–14',
  'period.invalid': 'Nhập ngày theo dạng ngày/tháng/năm (ví dụ 30/11/2021); ngày bắt đầu không sau ngày kết thúc.',
  'period.format': 'ngày/tháng/năm',

  'state.loading': 'Đang tải {what}…',
  'state.errorTitle': 'Không tải được {what}',
  'catalogue.what': 'danh mục chỉ tiêu (tên và cách tính của mọi số liệu)',
  'state.networkError': 'Không kết nối được máy chủ API. Kiểm tra kết nối mạng hoặc máy chủ, rồi thử lại.',
  'state.serverError': 'Máy chủ trả lời: {message}',
  'state.retry': 'Thử lại',
  'state.emptyTitle': 'Chưa có số liệu',

  'table.exportCsv': 'Tải CSV',
  'table.rows': '{count, plural, other {# dòng}}',
  'table.sortBy': 'Sắp xếp theo {column}',
  'chart.view': 'Cách xem',
  'chart.showChart': 'Biểu đồ',
  'chart.showTable': 'Bảng số liệu',

  'kpi.vsPrevious': 'So với kỳ trước: {period}',
  'kpi.vsPreviousShort': 'so với kỳ trước',
  'kpi.points': '{value} điểm %',
  'kpi.noPrevious': 'kỳ trước chưa có số liệu',
  'kpi.target': 'Chỉ tiêu {comparator} {threshold}: {status}',
  'kpi.target.MET': 'đạt',
  'kpi.target.MISSED': 'không đạt',
  'kpi.target.NO_DATA': 'chưa đủ số liệu để đánh giá',
  'kpi.noTargets': 'không có chỉ tiêu nào áp dụng cho các số liệu này trong kỳ',
  'kpi.better': 'tốt hơn',
  'kpi.worse': 'kém hơn',
  'kpi.unchanged': 'không đổi',
  'kpi.changed': 'thay đổi',
  'kpi.ofRatings': 'trên {count} {name}',

  'building.message': 'Trang này đang được xây dựng.',
  'building.compareUnits': 'Sẽ so sánh các đơn vị cạnh nhau trong cùng kỳ: chênh lệch, thứ hạng, thay đổi thứ hạng và mức đạt chỉ tiêu.',
  'building.comparePeriods':
    'Sẽ so sánh một đơn vị giữa các kỳ: tháng với cùng tháng năm trước, kỳ báo cáo với kỳ báo cáo, qua các lần sắp xếp đơn vị hành chính.',
  'building.campaigns':
    'Sẽ theo dõi từng ngày các đơn vị tham gia chiến dịch (tháng cao điểm, tuần lễ giải quyết trong ngày) và so với trước chiến dịch.',
  'building.opinions':
    'Sẽ tổng hợp ý kiến người dân và doanh nghiệp tại các buổi đối thoại, hội nghị: chủ đề, thẩm quyền trả lời, đã trả lời tại chỗ hay chưa.',
  'building.satisfaction':
    'Sẽ thể hiện mức độ hài lòng theo đơn vị, kênh và thời gian: rất hài lòng, hài lòng, bình thường, không hài lòng.',
  'building.back': 'Về trang Tổng quan',

  'notFound.title': 'Không có trang này',
  'notFound.message': 'Đường dẫn {path} không dẫn tới trang nào của bảng điều khiển.',
  'crash.title': 'Trang gặp lỗi khi hiển thị',
  'crash.chunk': 'Không tải được phần mã của trang này (có thể ứng dụng vừa được cập nhật). Tải lại trang để tiếp tục.',
  'crash.reload': 'Tải lại trang',
} as const;

/** An id the shell has in every language: what the header, the navigation and the shared components may show. */
export type ShellMessageId = keyof typeof vi;
