import { describe, expect, it } from 'vitest';
import { isSameOriginApi } from './api-requests';

const page = 'http://localhost:3100/units/CB';

describe('isSameOriginApi', () => {
  it('accepts our APIs on the same origin, relative or absolute', () => {
    expect(isSameOriginApi('/api/submissions/provinces/CB/units', page)).toBe(true);
    expect(isSameOriginApi('http://localhost:3100/api/submissions/provinces', page)).toBe(true);
  });

  it('refuses other origins, other paths and malformed URLs', () => {
    expect(isSameOriginApi('https://example.org/api/submissions/provinces', page)).toBe(false);
    expect(isSameOriginApi('//example.org/api/submissions', page)).toBe(false);
    expect(isSameOriginApi('http://localhost:3101/api/submissions', page)).toBe(false);
    expect(isSameOriginApi('/apis/x', page)).toBe(false);
    expect(isSameOriginApi('/api', page)).toBe(false);
    expect(isSameOriginApi('api/submissions', page)).toBe(false);
    expect(isSameOriginApi('/realms/cchc/protocol/openid-connect/token', page)).toBe(false);
    expect(isSameOriginApi('http://[bad', page)).toBe(false);
  });
});
