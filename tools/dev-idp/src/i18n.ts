export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

const messages = {
  vi: {
    languageName: 'Tiếng Việt',
    languageNav: 'Ngôn ngữ',
    signInTitle: 'Đăng nhập',
    signInHeading: 'Đăng nhập',
    signInTo: 'vào',
    username: 'Tên đăng nhập hoặc email',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    errorPrefix: 'Lỗi',
    invalidCredentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    missingCredentials: 'Hãy nhập tên đăng nhập và mật khẩu.',
    accountDisabled: 'Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.',
    expiredTitle: 'Trang đã hết hạn',
    expired: 'Phiên đăng nhập này đã hết hạn hoặc không còn hợp lệ. Hãy quay lại ứng dụng và đăng nhập lại.',
    logoutTitle: 'Đăng xuất',
    logoutQuestion: 'Bạn có muốn đăng xuất không?',
    logoutConfirm: 'Đăng xuất',
    loggedOutTitle: 'Đã đăng xuất',
    loggedOut: 'Bạn đã đăng xuất.',
    errorTitle: 'Đã xảy ra lỗi',
    devNotice: 'Máy chủ định danh dùng cho phát triển và kiểm thử, không dùng cho môi trường thật.',
  },
  en: {
    languageName: 'English',
    languageNav: 'Language',
    signInTitle: 'Sign in',
    signInHeading: 'Sign in',
    signInTo: 'to',
    username: 'Username or email',
    password: 'Password',
    submit: 'Sign in',
    errorPrefix: 'Error',
    invalidCredentials: 'Invalid username or password.',
    missingCredentials: 'Enter your username and password.',
    accountDisabled: 'Account is disabled, contact your administrator.',
    expiredTitle: 'Page has expired',
    expired:
      'This sign-in page has expired or is no longer valid. Go back to the application and sign in again.',
    logoutTitle: 'Log out',
    logoutQuestion: 'Do you want to log out?',
    logoutConfirm: 'Log out',
    loggedOutTitle: 'Logged out',
    loggedOut: 'You are logged out.',
    errorTitle: 'Something went wrong',
    devNotice: 'Identity provider for development and tests, not for production use.',
  },
} satisfies Record<Locale, Record<string, string>>;

export type Messages = (typeof messages)['vi'];

export function messagesFor(locale: Locale): Messages {
  return messages[locale];
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first supported language among the candidates, in order (an explicit `kc_locale`, the locale cookie,
 * then the space-separated `ui_locales` of the request); Vietnamese when none is supported.
 */
export function chooseLocale(...candidates: (string | undefined)[]): Locale {
  for (const candidate of candidates) {
    for (const tag of (candidate ?? '').split(/\s+/)) {
      const language = tag.toLowerCase().split('-')[0];
      if (isLocale(language)) return language;
    }
  }
  return 'vi';
}
