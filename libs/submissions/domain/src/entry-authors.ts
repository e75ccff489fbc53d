import type { EntryDraft } from './entry.ts';
import { invalid, type Problem } from './result.ts';
import { duplicatesOf, isBlank, nameKey } from './text.ts';
import { isLocalDate } from './vietnam-time.ts';

type DraftAuthor = NonNullable<EntryDraft['authors']>[number];

/** Contribution shares are written with at most two decimals (33.33 %), so they are summed in hundredths. */
const HUNDREDTHS_TOLERANCE = 1e-6;

function toHundredths(percent: number): number | null {
  const scaled = percent * 100;
  const rounded = Math.round(scaled);
  return Math.abs(scaled - rounded) < HUNDREDTHS_TOLERANCE ? rounded : null;
}

function personProblems(author: DraftAuthor, index: number, submittedOn: string): Problem[] {
  const at = (key: string) => `authors.${index}.${key}`;
  const who = `author ${index + 1}`;
  const problems: Problem[] = [];
  if (isBlank(author.name)) problems.push(invalid(at('name'), 'required', `The name of ${who} is required.`));
  if (isBlank(author.workplace)) {
    problems.push(
      invalid(at('workplace'), 'required', `The workplace (or residence) of ${who} is required.`),
    );
  }
  const born = author.dateOfBirth;
  if (born === undefined || born === null) {
    problems.push(invalid(at('dateOfBirth'), 'required', `The date of birth of ${who} is required.`));
  } else if (!isLocalDate(born)) {
    problems.push(
      invalid(
        at('dateOfBirth'),
        'invalid_date',
        `The date of birth of ${who} (${born}) is not a date in the calendar.`,
      ),
    );
  } else if (born > submittedOn) {
    problems.push(
      invalid(
        at('dateOfBirth'),
        'entry.authors.born_after_submission',
        `The date of birth of ${who} (${born}) is after the submission date (${submittedOn}).`,
      ),
    );
  }
  return problems;
}

function contributionProblems(authors: DraftAuthor[]): Problem[] {
  const problems: Problem[] = [];
  let total = 0;
  authors.forEach((author, index) => {
    const field = `authors.${index}.contributionPercent`;
    const percent = author.contributionPercent;
    if (percent === undefined || percent === null) {
      problems.push(invalid(field, 'required', `The contribution of author ${index + 1} is required.`));
      return;
    }
    const hundredths = toHundredths(percent);
    if (hundredths === null) {
      problems.push(
        invalid(
          field,
          'entry.authors.contribution_precision',
          `The contribution of author ${index + 1} (${percent} %) may have at most two decimals.`,
        ),
      );
    } else if (hundredths <= 0) {
      problems.push(
        invalid(
          field,
          'entry.authors.contribution_not_positive',
          `The contribution of author ${index + 1} must be more than 0 %; someone who contributed nothing is not an author.`,
        ),
      );
    } else {
      total += hundredths;
    }
  });
  // the sum is only meaningful once every share is readable
  if (problems.length === 0 && total !== 10_000) {
    const shown = total / 100;
    problems.push(
      invalid(
        'authors',
        'entry.authors.contribution_sum',
        `The authors' contributions must add up to exactly 100 %; they add up to ${shown} %.`,
        { params: { total: shown } },
      ),
    );
  }
  return problems;
}

function duplicateProblems(authors: DraftAuthor[]): Problem[] {
  // the same name with the same date of birth is the same person; namesakes born on other days are not
  const key = (author: DraftAuthor) => `${nameKey(author.name ?? '')}|${author.dateOfBirth ?? ''}`;
  const named = authors
    .map((author, index) => ({ author, index }))
    .filter(({ author }) => !isBlank(author.name));
  return duplicatesOf(named, ({ author }) => key(author)).map((position) => {
    const { author, index } = named[position]!;
    return invalid(
      `authors.${index}`,
      'entry.authors.duplicate',
      `Author ${index + 1} (${author.name?.trim()}) is listed more than once.`,
    );
  });
}

/**
 * Checks the authors of an entry ready to submit: at least one; each with name, workplace and a date of birth not
 * after `submittedOn` (`YYYY-MM-DD`); nobody twice; shares above 0 with at most two decimals adding up to exactly 100.
 */
export function authorProblems(authors: DraftAuthor[] | undefined, submittedOn: string): Problem[] {
  if (!authors || authors.length === 0) {
    return [invalid('authors', 'entry.authors.none', 'The entry needs at least one author.')];
  }
  return [
    ...authors.flatMap((author, index) => personProblems(author, index, submittedOn)),
    ...duplicateProblems(authors),
    ...contributionProblems(authors),
  ];
}
