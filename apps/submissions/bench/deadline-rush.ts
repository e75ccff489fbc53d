// Deadline rush: authors submitting in the last minute before a contest's deadline, and some just after, over
// real HTTP against the service on PostgreSQL with its outbox. Prints figures; checks nothing is lost or late.
import { setTimeout as sleep } from 'node:timers/promises';
import { startScratchPostgres } from '@cchc/db';
import { sampleEntryContent } from '@cchc/submissions-domain/testing';
import { generateCorpus, percentile, Random } from '@cchc/submissions-novelty/testing';
import pg from 'pg';
import { openContest } from '../src/testing/open-contest.ts';
import { startSubmissions } from '../src/testing/submissions-under-test.ts';

const ON_TIME = Number(process.env['RUSH_AUTHORS'] ?? 500);
const LATE = Number(process.env['RUSH_LATE'] ?? 50);
/** How long before the deadline the rush starts, and over how long after it the late ones arrive. */
const RUSH_MS = Number(process.env['RUSH_WINDOW_MS'] ?? 60_000);
const LATE_MS = 5_000;
/** The contest of `openContest` closes at the end of 15/09/2022, Viet Nam time. */
const DEADLINE = new Date('2022-09-16T00:00:00+07:00');

interface Outcome {
  entryId: string;
  status: number;
  ms: number;
  late: boolean;
}

const postgres = await startScratchPostgres();
// Every author here comes from one address; in use each is a client of their own, with their own request budget.
const service = await startSubmissions({
  postgresUrl: postgres.url(),
  config: { RATE_LIMIT_MAX: String(100 * (ON_TIME + LATE)) },
});
try {
  const address = await service.app.listen({ host: '127.0.0.1', port: 0 });
  await service.addAccount('platform', { roles: ['platform-admin'] });
  await service.addAccount('cb-admin', { roles: ['province-admin'], province: 'CB' });
  const { contestId, unitId } = await openContest(service);

  const authors = Array.from({ length: ON_TIME + LATE }, (_, index) => `author-${index}`);
  // Each author writes their own initiative, so the novelty check on submit sees a realistic corpus.
  const { entries: texts } = generateCorpus(new Random(2026), authors.length);
  const drafts: string[] = [];
  for (const [index, author] of authors.entries()) {
    const text = texts[index]!;
    await service.addAccount(author, { roles: ['author'], province: 'CB' });
    const draft = await service.as(author, {
      method: 'POST',
      url: `/provinces/CB/contests/${contestId}/entries`,
      payload: {
        unitId,
        content: sampleEntryContent({
          firstAppliedOn: '2022-05-01',
          title: text.title.slice(0, 500),
          currentSituation: text.situation,
          solution: text.solution,
          benefits: text.benefits,
        }),
      },
    });
    if (draft.statusCode !== 201) throw new Error(`Draft refused: ${draft.body}`);
    drafts.push(draft.json().id);
  }

  const submit = async (index: number, late: boolean): Promise<Outcome> => {
    const started = performance.now();
    const response = await fetch(`${address}/provinces/CB/entries/${drafts[index]}/submit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${service.tokenOf(authors[index]!)}` },
    });
    await response.arrayBuffer();
    return { entryId: drafts[index]!, status: response.status, ms: performance.now() - started, late };
  };

  // The server's clock runs from a minute before the deadline; each author presses submit at a random moment of
  // that minute, and the late ones in the seconds after it.
  service.clock.runFrom(new Date(DEADLINE.getTime() - RUSH_MS));
  const outcomes = await Promise.all(
    authors.map(async (_, index) => {
      const late = index >= ON_TIME;
      await sleep(late ? RUSH_MS + Math.random() * LATE_MS : Math.random() * (RUSH_MS - 200));
      return submit(index, late);
    }),
  );

  const database = new pg.Client({ connectionString: service.database.url });
  await database.connect();
  // The service's own role is under row-level security: read as the province.
  await database.query(`SELECT set_config('cchc.province', 'CB', false)`);
  const { rows } = await database.query<{ id: string; submitted_at: Date }>(
    `SELECT id, submitted_at FROM entry WHERE status = 'submitted'`,
  );
  const { rows: events } = await database.query<{ count: string }>(
    `SELECT count(*) FROM outbox_event WHERE type = 'submissions.entry.submitted.v1'`,
  );
  await database.end();

  const accepted = outcomes.filter((outcome) => outcome.status === 200);
  const stored = new Set(rows.map((row) => row.id));
  const lost = accepted.filter((outcome) => !stored.has(outcome.entryId)).length;
  const acceptedLate = rows.filter((row) => row.submitted_at >= DEADLINE).length;
  const refused = outcomes.filter((outcome) => outcome.status === 409);
  const failed = outcomes.filter((outcome) => outcome.status !== 200 && outcome.status !== 409);
  const answers = [...new Set(failed.map((outcome) => outcome.status))].join(', ');
  const latencies = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
  const lines = [
    `Deadline rush: ${ON_TIME} authors in the last ${RUSH_MS / 1000} s, ${LATE} in the ${LATE_MS / 1000} s after`,
    `  accepted ${accepted.length} (stored ${rows.length}, events ${events[0]!.count}), refused as late ${refused.length}, other answers ${failed.length}${answers ? ` (${answers})` : ''}`,
    `  lost ${lost}, accepted after the deadline ${acceptedLate}, late authors accepted ${accepted.filter((outcome) => outcome.late).length}`,
    `  latency ms: p50 ${percentile(latencies, 50).toFixed(1)}, p95 ${percentile(latencies, 95).toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}, max ${latencies.at(-1)!.toFixed(1)} (goal p95 < 200)`,
  ];
  for (const line of lines) process.stdout.write(`${line}\n`);
  if (lost || acceptedLate || failed.length) process.exitCode = 1;
} finally {
  await service.stop();
  await postgres.stop();
}
