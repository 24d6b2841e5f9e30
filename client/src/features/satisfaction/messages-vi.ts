/** UI text of the satisfaction page (level and rate names come from the API's catalogue). */
export const vi = {
  'satisfaction.title': 'Mức độ hài lòng',
  'satisfaction.scope': 'gồm các đơn vị trực thuộc',
  'satisfaction.grain': 'Chia theo',
  'satisfaction.grain.DAY': 'Ngày',
  'satisfaction.grain.WEEK': 'Tuần',
  'satisfaction.grain.MONTH': 'Tháng',
  'satisfaction.grain.QUARTER': 'Quý',
  'satisfaction.grain.YEAR': 'Năm',

  'satisfaction.cardsTitle': 'Đánh giá trong kỳ',
  'satisfaction.cards': 'số liệu đánh giá',
  'satisfaction.shareNote': '{share} số lượt đánh giá',
  'satisfaction.empty': '{unit} không có lượt đánh giá nào trong kỳ {period}. Hãy chọn kỳ khác hoặc đơn vị khác.',

  'satisfaction.target': 'Chỉ tiêu {comparator} {threshold}',
  'satisfaction.targetFrom': 'Chỉ tiêu {comparator} {threshold} (áp dụng từ {from})',
  'satisfaction.targetNote': 'Đường chỉ tiêu: {basis}.',

  'satisfaction.trendTitle': 'Mức độ hài lòng theo thời gian',
  'satisfaction.trend': 'mức độ hài lòng theo thời gian',
  'satisfaction.trendDescription': 'Lượt đánh giá theo mức (cột chồng), tỷ lệ hài lòng (đường) và đường chỉ tiêu; từ {from} đến {to}.',
  'satisfaction.trendSummary': '{title}, {grain}: {values}',
  'satisfaction.trendEmpty': 'Không có lượt đánh giá nào từ {from} đến {to}.',
  'satisfaction.selectedPeriod': 'Kỳ đã chọn',
  'satisfaction.bucket': 'Thời gian',
  'satisfaction.bucketStart': 'Từ ngày',
  'satisfaction.bucketEnd': 'Đến ngày',

  'satisfaction.unitsTitle': 'Theo đơn vị',
  'satisfaction.units': 'mức độ hài lòng theo đơn vị',
  'satisfaction.unitsDescription':
    'Mỗi đơn vị với lượt đánh giá tại bộ phận một cửa của chính nó. Nhấn tiêu đề cột để sắp xếp; đường đứt là chỉ tiêu.',
  'satisfaction.unitsEmpty': 'Không có đơn vị nào có lượt đánh giá trong kỳ này.',
  'satisfaction.unitsChartSummary': 'Tỷ lệ hài lòng theo đơn vị: {values}',
  'satisfaction.noRatings': 'Không có lượt đánh giá nên không có tỷ lệ: {names}.',
  'satisfaction.unit': 'Đơn vị',
  'satisfaction.ownDesk': '(bộ phận một cửa của chính đơn vị)',
  'satisfaction.rateMissing': 'Không có tỷ lệ: không có lượt đánh giá nào.',
} as const;
