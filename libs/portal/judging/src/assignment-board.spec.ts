import { describe, expect, it } from 'vitest';
import { assignmentBoard, assignmentsCsv, importLines } from './assignment-board';

describe('assignmentBoard', () => {
  const entries = [
    { id: 'e1', title: 'Một cửa điện tử' },
    { id: 'e2', title: 'Số hóa hồ sơ' },
  ];
  const members = [
    { userId: 'j1', name: 'Nguyễn Văn A' },
    { userId: 'j2', name: 'Trần Thị B' },
  ];

  it('marks who scores each entry and who must not, with each judge progress', () => {
    const board = assignmentBoard(
      entries,
      members,
      [
        { entryId: 'e1', judgeId: 'j1' },
        { entryId: 'e1', judgeId: 'j2' },
      ],
      [
        { judgeId: 'j1', name: 'Nguyễn Văn A', assigned: 1, submitted: 1, drafts: 0 },
        { judgeId: 'j2', name: 'Trần Thị B', assigned: 1, submitted: 0, drafts: 1 },
      ],
      [{ judgeId: 'j2', entryId: 'e2' }],
    );
    expect(
      board.judges.map((judge) => [judge.judgeId, judge.assigned, judge.submitted, judge.drafts]),
    ).toEqual([
      ['j1', 1, 1, 0],
      ['j2', 1, 0, 1],
    ]);
    expect(
      board.rows.map((row) => [
        row.entryId,
        row.judgeCount,
        row.cells.map((c) => [c.assigned, c.conflicted]),
      ]),
    ).toEqual([
      [
        'e1',
        2,
        [
          [true, false],
          [true, false],
        ],
      ],
      [
        'e2',
        0,
        [
          [false, false],
          [false, true],
        ],
      ],
    ]);
    expect(board.unassigned).toBe(1);
  });

  it('adds a column for a judge with assignments who is no longer on the council', () => {
    const board = assignmentBoard(entries, members, [{ entryId: 'e2', judgeId: 'j7' }], []);
    expect(board.judges.map((judge) => [judge.judgeId, judge.name, judge.assigned])).toEqual([
      ['j1', 'Nguyễn Văn A', 0],
      ['j2', 'Trần Thị B', 0],
      ['j7', 'j7', 1],
    ]);
  });
});

describe('importLines', () => {
  it('groups a refused file by line with its column, the whole file first', () => {
    const lines = importLines(
      [
        {
          field: 'line 3, judge_id',
          code: 'assignment.judge.unknown',
          message: 'Unknown judge',
          messageVi: 'Không có thành viên',
        },
        {
          field: 'line 2, entry_id',
          code: 'assignment.entry.unknown',
          message: 'Unknown entry',
          messageVi: null,
        },
        { field: '', code: null, message: 'The file is empty', messageVi: 'Tệp trống' },
        { field: 'line 3', code: 'x', message: 'Duplicate', messageVi: 'Trùng' },
      ],
      'vi',
    );
    expect(lines).toEqual([
      { line: null, problems: [{ column: null, code: null, text: 'Tệp trống' }] },
      {
        line: 2,
        problems: [{ column: 'entry_id', code: 'assignment.entry.unknown', text: 'Unknown entry' }],
      },
      {
        line: 3,
        problems: [
          { column: 'judge_id', code: 'assignment.judge.unknown', text: 'Không có thành viên' },
          { column: null, code: 'x', text: 'Trùng' },
        ],
      },
    ]);
  });
});

describe('importLines with dotted fields', () => {
  it('reads line.3.judge_id as line 3, column judge_id', () => {
    expect(
      importLines(
        [
          { field: 'line.3.judge_id', code: 'c', message: 'M', messageVi: null },
          { field: 'line.1', code: 'h', message: 'Header', messageVi: null },
        ],
        'en',
      ),
    ).toEqual([
      { line: 1, problems: [{ column: null, code: 'h', text: 'Header' }] },
      { line: 3, problems: [{ column: 'judge_id', code: 'c', text: 'M' }] },
    ]);
  });
});

describe('assignmentsCsv', () => {
  it('writes the header the import reads and one line per pair', () => {
    expect(
      assignmentsCsv([
        { entryId: 'e1', judgeId: 'j1' },
        { entryId: 'e,2', judgeId: 'j2' },
      ]),
    ).toBe('entry_id,judge_id\r\ne1,j1\r\n"e,2",j2\r\n');
  });
});
