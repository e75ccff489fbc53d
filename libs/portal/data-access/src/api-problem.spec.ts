import { describe, expect, it } from 'vitest';
import { formFieldPath, problemsAt, problemsUnder, toApiProblem, type FieldProblem } from './api-problem';

describe('toApiProblem', () => {
  it('reads title and detail from a problem+json body', () => {
    expect(
      toApiProblem({ status: 404, error: { title: 'Not Found', detail: 'No province XX', status: 404 } }),
    ).toEqual({ status: 404, title: 'Not Found', detail: 'No province XX', errors: [] });
  });

  it('parses a body that arrived as text', () => {
    expect(toApiProblem({ status: 403, error: '{"title":"Forbidden","detail":"Another province"}' })).toEqual(
      { status: 403, title: 'Forbidden', detail: 'Another province', errors: [] },
    );
  });

  it('keeps only the status of bodies that are not problems', () => {
    const empty = { title: null, detail: null, errors: [] };
    expect(toApiProblem({ status: 502, error: '<html>Bad gateway</html>' })).toEqual({
      status: 502,
      ...empty,
    });
    expect(toApiProblem(new Error('boom'))).toEqual({ status: 0, ...empty });
    expect(toApiProblem(undefined)).toEqual({ status: 0, ...empty });
  });

  it('has no server detail when the server was not reached', () => {
    const problem = toApiProblem({
      status: 0,
      error: { detail: 'ProgressEvent', errors: [{ message: 'x' }] },
    });
    expect(problem.detail).toBeNull();
    expect(problem.errors).toEqual([]);
  });

  it('reads the broken rules with their codes, in the form’s field paths', () => {
    const problem = toApiProblem({
      status: 409,
      error: {
        detail: 'The submission deadline passed at 24:00 on 15/09/2022.',
        errors: [
          {
            field: 'submissionWindow.closesAt',
            code: 'submission.deadline_passed',
            message: 'The submission deadline passed at 24:00 on 15/09/2022.',
            messageVi: 'Hạn nộp đã kết thúc lúc 24:00 ngày 15/09/2022.',
          },
          { field: 'body.content.authors.0.name', message: 'must be string' },
          { field: 'body.planNumber', code: 'required', message: 'Plan number is required.' },
          { field: 'body', message: 'must be object' },
          {
            field: 'rows.3.code',
            code: 'unit_import.code_exists',
            message: 'Line 3: the province already has a unit SNV',
            params: { row: 3, value: 'SNV', nested: { no: true }, missing: null },
          },
          { field: 'x', message: ' ' },
          'nonsense',
        ],
      },
    });
    expect(problem.errors).toEqual([
      {
        field: 'submissionWindow.closesAt',
        code: 'submission.deadline_passed',
        message: 'The submission deadline passed at 24:00 on 15/09/2022.',
        messageVi: 'Hạn nộp đã kết thúc lúc 24:00 ngày 15/09/2022.',
      },
      { field: 'authors.0.name', code: null, message: 'must be string', messageVi: null },
      { field: 'planNumber', code: 'required', message: 'Plan number is required.', messageVi: null },
      { field: '', code: null, message: 'must be object', messageVi: null },
      {
        field: 'rows.3.code',
        code: 'unit_import.code_exists',
        message: 'Line 3: the province already has a unit SNV',
        messageVi: null,
        params: { row: 3, value: 'SNV' },
      },
    ]);
    expect(problem.errors[0]).not.toHaveProperty('params');
  });
});

describe('field paths', () => {
  it('drops the request body prefixes and keeps everything else', () => {
    expect(formFieldPath('body.content.benefits')).toBe('benefits');
    expect(formFieldPath('body.rounds.1.preparationDays')).toBe('rounds.1.preparationDays');
    expect(formFieldPath('body')).toBe('');
    expect(formFieldPath('params.code')).toBe('params.code');
    expect(formFieldPath('bodyguard')).toBe('bodyguard');
  });

  it('finds the problems of a field and of what it contains', () => {
    const problems: FieldProblem[] = ['authors', 'authors.0.name', 'authorship', 'title'].map((field) => ({
      field,
      code: null,
      message: field,
      messageVi: null,
    }));
    expect(problemsAt(problems, 'authors').map((error) => error.field)).toEqual([
      'authors',
      'authors.0.name',
    ]);
    expect(problemsAt(problems, 'title').map((error) => error.field)).toEqual(['title']);
    expect(problemsAt(problems, '')).toEqual([]);
    expect(problemsAt([], 'title')).toEqual([]);
    expect(problemsUnder(problems, 'authors')).toEqual([
      { field: '0.name', code: null, message: 'authors.0.name', messageVi: null },
    ]);
  });
});
