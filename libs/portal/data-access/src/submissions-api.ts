/** Where the submissions service is, behind the same origin as the portal. */
export const SUBMISSIONS_API = '/api/submissions';

/** `/provinces/<code>`, under which every province's data lives. */
export function provincePath(province: string): string {
  return `/provinces/${encodeURIComponent(province)}`;
}
