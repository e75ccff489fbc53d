/** Where the judging service is, behind the same origin as the portal. */
export const JUDGING_API = '/api/judging';
