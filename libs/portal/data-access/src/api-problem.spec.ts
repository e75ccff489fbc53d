import { describe, expect, it } from 'vitest';
import { problemMessageKey, toApiProblem } from './api-problem';

describe('toApiProblem', () => {
  it('reads title and detail from a problem+json body', () => {
    expect(
      toApiProblem({ status: 404, error: { title: 'Not Found', detail: 'No province XX', status: 404 } }),
    ).toEqual({ status: 404, title: 'Not Found', detail: 'No province XX' });
  });

  it('parses a body that arrived as text', () => {
    expect(toApiProblem({ status: 403, error: '{"title":"Forbidden","detail":"Another province"}' })).toEqual(
      {
        status: 403,
        title: 'Forbidden',
        detail: 'Another province',
      },
    );
  });

  it('keeps only the status of bodies that are not problems', () => {
    expect(toApiProblem({ status: 502, error: '<html>Bad gateway</html>' })).toEqual({
      status: 502,
      title: null,
      detail: null,
    });
    expect(toApiProblem(new Error('boom'))).toEqual({ status: 0, title: null, detail: null });
    expect(toApiProblem(undefined)).toEqual({ status: 0, title: null, detail: null });
  });

  it('has no server detail when the server was not reached', () => {
    expect(toApiProblem({ status: 0, error: { detail: 'ProgressEvent' } }).detail).toBeNull();
  });
});

describe('problemMessageKey', () => {
  it.each([
    [0, 'errors.network'],
    [400, 'errors.generic'],
    [401, 'errors.unauthorized'],
    [403, 'errors.forbidden'],
    [404, 'errors.notFound'],
    [409, 'errors.generic'],
    [500, 'errors.server'],
    [503, 'errors.server'],
  ])('status %i is %s', (status, key) => {
    expect(problemMessageKey({ status, title: null, detail: null })).toBe(key);
  });
});
