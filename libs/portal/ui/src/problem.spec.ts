import { describe, expect, it } from 'vitest';
import { fieldProblemText, problemMessageKey, type ShownFieldProblem } from './problem';

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
    expect(problemMessageKey({ status })).toBe(key);
  });
});

describe('fieldProblemText', () => {
  const deadline: ShownFieldProblem = {
    field: 'submissionWindow.closesAt',
    code: 'submission.deadline_passed',
    message: 'The submission deadline passed at 24:00 on 15/09/2022.',
    messageVi: 'Hạn nộp đã kết thúc lúc 24:00 ngày 15/09/2022.',
  };
  const known = (key: string) => key === 'problems.submission.deadline_passed';

  it('prefers the portal’s translation of the rule’s code', () => {
    expect(fieldProblemText(deadline, 'en', known)).toEqual({ key: 'problems.submission.deadline_passed' });
  });

  it('falls back to the service’s sentence in the reader’s language, English when there is no other', () => {
    expect(fieldProblemText(deadline, 'vi', () => false)).toEqual({ text: deadline.messageVi });
    expect(fieldProblemText(deadline, 'en', () => false)).toEqual({ text: deadline.message });
    expect(fieldProblemText({ ...deadline, messageVi: null }, 'vi', () => false)).toEqual({
      text: deadline.message,
    });
  });

  it('names the field of a shape check, whose message is relative to it', () => {
    const unknown = { field: 'withheld', code: null, message: 'is not a known property', messageVi: null };
    expect(fieldProblemText(unknown, 'vi', known)).toEqual({ text: 'withheld: is not a known property' });
    expect(fieldProblemText({ ...unknown, field: '' }, 'en', known)).toEqual({
      text: 'is not a known property',
    });
  });
});
