import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { generateRound } from '@cchc/judging-domain/testing';
import { startScratchPostgres } from '@cchc/db';
import pg from 'pg';
import { startJudging } from '../src/testing/judging-under-test.ts';

/*
 * Times the chair closing a large round through the service: 2,000 entries, each scored by all 7 judges of the
 * council on 6 criteria (14,000 submitted score sheets). The request reads the sheets, computes and ranks the
 * results, stores them and writes the event, in one transaction. Each run closes a fresh contest.
 */

const size = { entries: 2000, judges: 7, judgesPerEntry: 7, criteria: 6 };
const runs = 5;
const province = 'CB';

const postgres = await startScratchPostgres();
const service = await startJudging({ postgresUrl: postgres.url() });
await service.addAccount('chair', { roles: ['council-chair'], province });
const pool = new pg.Pool({ connectionString: service.database.url, max: 1 });

/** Writes a contest with its council, rubric, entries, assignments and submitted scores, as judging would hold them. */
async function seedRound(seed: string): Promise<string> {
  const round = generateRound({ ...size, seed });
  const contestId = randomUUID();
  const entryIds = new Map(round.entries.map((entry) => [entry.id, randomUUID()]));
  const judgeIds = new Map(
    Array.from({ length: size.judges }, (_, index) => [
      `judge-${index + 1}`,
      index === 0 ? 'user-chair' : `user-judge-${index + 1}`,
    ]),
  );
  const members = [...judgeIds.values()].map((userId, index) => ({
    userId,
    name: `Thành viên ${index + 1}`,
    role: index === 0 ? 'chair' : 'member',
    unitId: null,
  }));
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('cchc.province', $1, true)`, [province]);
    await client.query(
      `INSERT INTO contest (id, province_code, status, title, rounds, unit_preselection, blind_judging, synced_at)
       VALUES ($1, $2, 'judging', 'Cuộc thi sáng kiến CCHC', '[{"kind":"written"}]', false, false, now())`,
      [contestId, province],
    );
    await client.query(
      `INSERT INTO council (contest_id, province_code, decision_number, decision_date, decision_signer, members,
         quorum, updated_by, updated_at)
       VALUES ($1, $2, '1/QĐ-UBND', '2022-10-01', 'Chủ tịch UBND tỉnh', $3, 5, 'bench', now())`,
      [contestId, province, JSON.stringify(members)],
    );
    await client.query(
      `INSERT INTO rubric (contest_id, round, province_code, criteria, set_by, set_at)
       VALUES ($1, 1, $2, $3, 'bench', now())`,
      [contestId, province, JSON.stringify(round.rubric.criteria)],
    );
    await client.query(
      `INSERT INTO entry (id, province_code, contest_id, status, title, field_key, submitted_at, authors, synced_at)
       SELECT id, $1, $2, 'eligible', 'Sáng kiến ' || id, 'thu-tuc-hanh-chinh', submitted_at, '[]', now()
       FROM unnest($3::uuid[], $4::timestamptz[]) AS e(id, submitted_at)`,
      [
        province,
        contestId,
        round.entries.map((entry) => entryIds.get(entry.id)),
        round.entries.map((entry) => entry.submittedAt),
      ],
    );
    const pairs = (list: { entryId: string; judgeId: string }[]) => [
      list.map((item) => entryIds.get(item.entryId)),
      list.map((item) => judgeIds.get(item.judgeId)),
    ];
    await client.query(
      `INSERT INTO assignment (contest_id, round, entry_id, judge_id, province_code, assigned_by, assigned_at)
       SELECT $1, 1, entry_id, judge_id, $2, 'bench', now() FROM unnest($3::uuid[], $4::varchar[]) AS a(entry_id, judge_id)`,
      [contestId, province, ...pairs(round.assignments)],
    );
    await client.query(
      `INSERT INTO score (contest_id, round, entry_id, judge_id, province_code, points, comment, state, saved_at,
         submitted_at)
       SELECT $1, 1, entry_id, judge_id, $2, points, '', 'submitted', now(), now()
       FROM unnest($3::uuid[], $4::varchar[], $5::jsonb[]) AS s(entry_id, judge_id, points)`,
      [
        contestId,
        province,
        ...pairs(round.scores),
        round.scores.map((score) => JSON.stringify(score.points)),
      ],
    );
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  return contestId;
}

const times: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const contestId = await seedRound(`run-${run}`);
  const started = performance.now();
  const response = await service.as('chair', {
    method: 'POST',
    url: `/provinces/${province}/contests/${contestId}/rounds/1/close`,
    payload: {},
  });
  times.push(performance.now() - started);
  if (response.statusCode !== 200 || response.json().results.results.length !== size.entries)
    throw new Error(`The round did not close: ${response.statusCode} ${response.body.slice(0, 300)}`);
}
times.sort((a, b) => a - b);
console.log(
  `Closing a round through the service (read ${size.entries * size.judgesPerEntry} score sheets, compute, rank, ` +
    `store, write the event): median ${times[runs >> 1]!.toFixed(0)} ms, slowest ${times[runs - 1]!.toFixed(0)} ms ` +
    `(${size.entries} entries × ${size.judgesPerEntry} judges × ${size.criteria} criteria, ${runs} runs; goal < 1000 ms)`,
);
await pool.end();
await service.stop();
await postgres.stop();
