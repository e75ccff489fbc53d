import { createHash } from 'node:crypto';
import { LOCALES, messagesFor, type Locale } from './i18n.ts';

/** Escapes text for HTML content and attribute values. */
export function html(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
body { margin: 0; background: #eef2f6; color: #1b1f24; line-height: 1.5; }
main { max-width: 26rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 8px;
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.2); }
h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
.realm { margin: 0 0 1.5rem; color: #404850; }
label { display: block; font-weight: 600; margin-top: 1rem; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: 0.6rem; margin-top: 0.25rem;
  border: 1px solid #5b6670; border-radius: 4px; }
input[aria-invalid="true"] { border-color: #b00020; }
button { font: inherit; font-weight: 600; margin-top: 1.5rem; width: 100%; padding: 0.7rem; border: 0;
  border-radius: 4px; background: #0b5cad; color: #fff; cursor: pointer; }
button:hover { background: #084a8c; }
:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.error { border-left: 4px solid #b00020; background: #fdecee; padding: 0.75rem; margin: 0 0 1rem; }
nav { text-align: right; margin-bottom: 1rem; }
nav a { color: #0b5cad; }
.notice { font-size: 0.85rem; color: #404850; margin-top: 2rem; }
`;

/** Headers for the HTML pages: no caching, no framing, nothing loaded from elsewhere. */
export const PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function layout(locale: Locale, title: string, body: string, languageLinks = ''): string {
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${languageLinks}${body}
<p class="notice">${html(messagesFor(locale).devNotice)}</p>
</main>
</body>
</html>
`;
}

/** Links to the same page in the other languages, marked with their own language. */
function languageNav(locale: Locale, hrefFor: (locale: Locale) => string): string {
  const links = LOCALES.filter((other) => other !== locale)
    .map((other) => {
      const name = html(messagesFor(other).languageName);
      return `<a href="${html(hrefFor(other))}" lang="${other}" hreflang="${other}">${name}</a>`;
    })
    .join(' ');
  return `<nav aria-label="${html(messagesFor(locale).languageNav)}">${links}</nav>\n`;
}

export interface LoginPageInput {
  locale: Locale;
  realmName: string;
  clientName?: string;
  action: string;
  username?: string;
  error?: string;
  hrefFor: (locale: Locale) => string;
}

export function loginPage(input: LoginPageInput): string {
  const t = messagesFor(input.locale);
  const invalid = input.error ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  // Focus goes where the person has to type next: the password after a failed attempt with a username.
  const focusPassword = Boolean(input.username);
  const error = input.error
    ? `<p class="error" id="login-error" role="alert">${html(input.error)}</p>\n`
    : '';
  const subtitle = [input.realmName, input.clientName].filter(Boolean).join(' · ');
  const body = `<h1>${html(t.signInHeading)}</h1>
<p class="realm">${html(t.signInTo)} ${html(subtitle)}</p>
${error}<form method="post" action="${html(input.action)}" novalidate>
<input type="hidden" name="kc_locale" value="${input.locale}">
<label for="username">${html(t.username)}</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${html(input.username)}"${invalid}${focusPassword ? '' : ' autofocus'}>
<label for="password">${html(t.password)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}${focusPassword ? ' autofocus' : ''}>
<button type="submit">${html(t.submit)}</button>
</form>`;
  const title = input.error ? `${t.errorPrefix}: ${t.signInTitle}` : t.signInTitle;
  return layout(
    input.locale,
    `${title} – ${input.realmName}`,
    body,
    languageNav(input.locale, input.hrefFor),
  );
}

export function messagePage(locale: Locale, title: string, message: string, extra = ''): string {
  return layout(locale, title, `<h1>${html(title)}</h1>\n<p>${html(message)}</p>\n${extra}`);
}

/** The confirmation Keycloak shows for a logout request without a usable id_token_hint. */
export function logoutConfirmPage(locale: Locale, form: string): string {
  const t = messagesFor(locale);
  const button = `<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>${html(t.logoutConfirm)}</button>`;
  return layout(
    locale,
    t.logoutTitle,
    `<h1>${html(t.logoutTitle)}</h1>\n<p>${html(t.logoutQuestion)}</p>\n${form}\n${button}`,
  );
}

function scriptPage(script: string): { body: string; headers: Record<string, string> } {
  const hash = createHash('sha256').update(script).digest('base64');
  return {
    body: `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>dev-idp</title></head><body><script>${script}</script></body></html>\n`,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': `default-src 'none'; script-src 'sha256-${hash}'; connect-src 'self'`,
      'x-content-type-options': 'nosniff',
    },
  };
}

/** keycloak-js loads step 1 in a hidden iframe; it sets test cookies and moves on to step 2. */
export const THIRD_PARTY_COOKIES_STEP1 = scriptPage(
  [
    'document.cookie = "KEYCLOAK_3P_COOKIE_SAMESITE=supported; Max-Age=60; SameSite=None; Secure";',
    'document.cookie = "KEYCLOAK_3P_COOKIE=supported; Max-Age=60";',
    'window.location.replace("step2.html");',
  ].join('\n'),
);

/** Step 2 reports to keycloak-js whether the iframe could keep the cookies. */
export const THIRD_PARTY_COOKIES_STEP2 = scriptPage(
  [
    'if (document.cookie.indexOf("KEYCLOAK_3P_COOKIE") !== -1) {',
    '  document.cookie = "KEYCLOAK_3P_COOKIE_SAMESITE=; Max-Age=0; SameSite=None; Secure";',
    '  document.cookie = "KEYCLOAK_3P_COOKIE=; Max-Age=0";',
    '  window.parent.postMessage("supported", "*");',
    '} else {',
    '  window.parent.postMessage("unsupported", "*");',
    '}',
  ].join('\n'),
);

/**
 * keycloak-js's session-status iframe: it receives "<client_id> <session id>" and answers "unchanged",
 * "changed" or "error", asking the server whether the browser's session still holds that session id for the
 * client, and whether the asking page's origin is one of the client's web origins.
 */
export const LOGIN_STATUS_IFRAME = scriptPage(
  [
    'window.addEventListener("message", function (event) {',
    '  if (typeof event.data !== "string" || !event.source) return;',
    '  var parts = event.data.split(" ");',
    '  if (parts.length !== 2) return;',
    '  var source = event.source, origin = event.origin;',
    '  var url = "login-status-iframe.html/status?client_id=" + encodeURIComponent(parts[0]) +',
    '    "&session_id=" + encodeURIComponent(parts[1]) + "&origin=" + encodeURIComponent(origin);',
    '  fetch(url, { credentials: "same-origin", cache: "no-store" })',
    '    .then(function (response) { return response.ok ? response.json() : { state: "error" }; })',
    '    .then(function (body) { source.postMessage(body.state, origin); })',
    '    .catch(function () { source.postMessage("error", origin); });',
    '});',
  ].join('\n'),
);
