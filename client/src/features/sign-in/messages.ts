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

export const en: Record<keyof typeof vi, string> = {
  'signIn.title': 'Sign in',
  'signIn.intro': 'Sign in with the account an administrator gave you to see your unit’s figures and import data.',
  'signIn.username': 'Username',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.failed': 'Could not sign in: {message}',
  'signIn.wrong': 'Wrong username or password. Check them (letter case matters) and try again.',
  'signIn.networkError': 'Could not reach the server. Check the network and try again.',
  'signIn.missing': 'Enter both the username and the password.',
  'signIn.already': 'You are signed in as {name}.',
  'signIn.continue': 'Continue',
  'signIn.demoNote': 'Without signing in you can still look at the demo (read-only).',
};

/** Both languages travel with the page's chunk, so switching language needs no download. */
export const messages = { vi, en };
