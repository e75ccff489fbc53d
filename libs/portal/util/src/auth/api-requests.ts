/**
 * True when `url`, resolved against the page at `pageUrl`, is one of our APIs on the page's own origin
 * (`/api/...`). Only those requests get the access token, so it never leaks to another host.
 */
export function isSameOriginApi(url: string, pageUrl: string): boolean {
  try {
    const page = new URL(pageUrl);
    const target = new URL(url, page);
    return target.origin === page.origin && target.pathname.startsWith('/api/');
  } catch {
    return false;
  }
}
