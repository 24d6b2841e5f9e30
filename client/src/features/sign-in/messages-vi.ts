/** UI text of the sign-in page (the header's account area is the shell's, in app/i18n). */
export const vi = {
  'signIn.title': 'Đăng nhập',
  'signIn.intro': 'Đăng nhập bằng tài khoản do quản trị viên cấp để xem số liệu của đơn vị và nhập dữ liệu.',
  'signIn.username': 'Tên đăng nhập',
  'signIn.password': 'Mật khẩu',
  'signIn.submit': 'Đăng nhập',
  'signIn.submitting': 'Đang đăng nhập…',
  'signIn.failed': 'Không đăng nhập được: {message}',
  'signIn.wrong': 'Sai tên đăng nhập hoặc mật khẩu. Kiểm tra lại (chú ý chữ hoa, chữ thường) rồi thử lại.',
  'signIn.networkError': 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  'signIn.missing': 'Nhập cả tên đăng nhập và mật khẩu.',
  'signIn.already': 'Bạn đang đăng nhập với tên {name}.',
  'signIn.continue': 'Tiếp tục',
  'signIn.demoNote': 'Chưa đăng nhập vẫn có thể xem bản demo (chỉ xem).',
} as const;
