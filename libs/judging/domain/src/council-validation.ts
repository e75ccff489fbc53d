import type { Council, CouncilMember, CouncilRole } from './council.ts';
import { invalid, resultOf, type Problem, type Result } from './result.ts';
import { duplicatesOf, isBlank } from './text.ts';
import { isLocalDate } from './vietnam-time.ts';

function decisionProblems({ decision }: Council): Problem[] {
  const problems: Problem[] = [];
  if (isBlank(decision.number)) {
    problems.push(
      invalid('decision.number', 'required', 'The number of the decision is required.', {
        messageVi: 'Chưa nhập số quyết định thành lập Hội đồng.',
      }),
    );
  }
  if (!isLocalDate(decision.date)) {
    problems.push(
      invalid(
        'decision.date',
        'invalid_date',
        `The decision date ${decision.date} is not a date in the calendar.`,
        {
          messageVi: `Ngày quyết định ${decision.date} không phải là ngày hợp lệ.`,
        },
      ),
    );
  }
  if (isBlank(decision.signer)) {
    problems.push(
      invalid('decision.signer', 'required', 'Who signed the decision is required.', {
        messageVi: 'Chưa nhập người ký quyết định.',
      }),
    );
  }
  return problems;
}

function memberProblems(members: readonly CouncilMember[]): Problem[] {
  const problems: Problem[] = [];
  members.forEach((member, index) => {
    if (isBlank(member.name)) {
      problems.push(
        invalid(`members.${index}.name`, 'required', `The name of member ${index + 1} is required.`, {
          messageVi: `Chưa nhập họ tên thành viên thứ ${index + 1}.`,
        }),
      );
    }
  });
  for (const index of duplicatesOf(members, (member) => member.userId)) {
    problems.push(
      invalid(
        `members.${index}.userId`,
        'council.members.duplicate_user',
        `${members[index]!.name} is listed more than once.`,
        {
          messageVi: `${members[index]!.name} có tên nhiều lần trong Hội đồng.`,
          params: { userId: members[index]!.userId },
        },
      ),
    );
  }
  return problems;
}

function indexesWithRole(members: readonly CouncilMember[], role: CouncilRole): number[] {
  return members.flatMap((member, index) => (member.role === role ? [index] : []));
}

function roleProblems(members: readonly CouncilMember[]): Problem[] {
  const chairs = indexesWithRole(members, 'chair');
  const secretaries = indexesWithRole(members, 'secretary');
  const problems: Problem[] = [];
  if (chairs.length === 0) {
    problems.push(
      invalid('members', 'council.chair.missing', 'The council needs a chair.', {
        messageVi: 'Hội đồng phải có Chủ tịch.',
      }),
    );
  }
  for (const index of chairs.slice(1)) {
    problems.push(
      invalid(`members.${index}.role`, 'council.chair.multiple', 'The council has exactly one chair.', {
        messageVi: 'Hội đồng chỉ có một Chủ tịch.',
      }),
    );
  }
  for (const index of secretaries.slice(1)) {
    problems.push(
      invalid(
        `members.${index}.role`,
        'council.secretary.multiple',
        'The council has at most one secretary.',
        {
          messageVi: 'Hội đồng có tối đa một Thư ký.',
        },
      ),
    );
  }
  return problems;
}

function quorumProblems({ quorum, members }: Council): Problem[] {
  if (Number.isInteger(quorum) && quorum >= 1 && quorum <= members.length) return [];
  return [
    invalid(
      'quorum',
      'council.quorum.out_of_range',
      `The quorum must be a whole number from 1 to the ${members.length} members (got ${quorum}).`,
      {
        messageVi: `Số thành viên tối thiểu để Hội đồng họp phải là số nguyên từ 1 đến ${members.length}.`,
        params: { quorum, members: members.length },
      },
    ),
  ];
}

/**
 * Checks a council: the decision's number, date and signer; each member named and listed once; exactly one chair
 * and at most one secretary (any number of vice-chairs); a quorum from 1 to the number of members.
 */
export function validateCouncil(council: Council): Result<Council> {
  return resultOf(
    [
      ...decisionProblems(council),
      ...memberProblems(council.members),
      ...roleProblems(council.members),
      ...quorumProblems(council),
    ],
    () => council,
  );
}
