import { conflict, invalid, type Problem } from './result.ts';

/*
 * The refusals that manual assignments (one override, or the rows of an import) share, so both say the same thing.
 */

export function unknownEntry(field: string, entryId: string): Problem {
  return invalid(field, 'assignment.entry.unknown', `Entry ${entryId} is not among this round's entries.`, {
    messageVi: `Không tìm thấy bài dự thi "${entryId}" trong vòng chấm này.`,
    params: { entryId },
  });
}

export function unknownJudge(field: string, judgeId: string): Problem {
  return invalid(field, 'assignment.judge.unknown', `${judgeId} is not a member of the council.`, {
    messageVi: `"${judgeId}" không phải là thành viên Hội đồng.`,
    params: { judgeId },
  });
}

export function conflictedJudge(field: string, judgeId: string, entryId: string): Problem {
  return conflict(
    field,
    'assignment.judge.conflicted',
    `Judge ${judgeId} has a conflict of interest with entry ${entryId} and cannot score it.`,
    {
      messageVi: 'Thành viên Hội đồng có xung đột lợi ích với bài dự thi này nên không được phân công chấm.',
      params: { judgeId, entryId },
    },
  );
}
