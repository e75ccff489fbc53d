import {
  contestCreated,
  contestStatusChanged,
  contestUpdated,
  entryForwarded,
  entryScreened,
  entryWithdrawn,
} from '@cchc/contracts';
import type { EventEnvelope, EventHandler, SqlTransaction } from '@cchc/messaging';
import type { Static } from 'typebox';

type ContestState = Static<typeof contestCreated.data>['contest'];
type EntryState = Static<typeof entryScreened.data>['entry'];

// Contest and entry events carry the aggregate's whole state and one aggregate's events arrive in order (same key),
// so each handler is an upsert of the latest state.
const upsertContest: EventHandler<SqlTransaction> = async (tx, event: EventEnvelope) => {
  const { contest } = event.data as { contest: ContestState };
  await tx.$executeRawUnsafe(
    `INSERT INTO contest (id, province_code, status, title, rounds, unit_preselection, blind_judging, synced_at)
     VALUES ($1::uuid, $2, $3, $4, $5::jsonb, $6, $7, $8::timestamptz)
     ON CONFLICT (id) DO UPDATE SET status = $3, title = $4, rounds = $5::jsonb, unit_preselection = $6,
       blind_judging = $7, synced_at = $8::timestamptz`,
    contest.id,
    contest.provinceCode,
    contest.status,
    contest.title,
    JSON.stringify(contest.rounds),
    contest.unitPreselection,
    contest.blindJudging,
    event.time,
  );
};

// Judging hears of an entry once it reaches the province (forwarded by its unit, or screened) and of its withdrawal;
// only the entries screened eligible are judged.
const upsertEntry: EventHandler<SqlTransaction> = async (tx, event: EventEnvelope) => {
  const { entry } = event.data as { entry: EntryState };
  await tx.$executeRawUnsafe(
    `INSERT INTO entry (id, province_code, contest_id, unit_id, status, title, field_key, submitted_at, authors, synced_at,
       owner_id)
     VALUES ($1::uuid, $2, $3::uuid, $4::uuid, $5, $6, $7, $8::timestamptz, $9::jsonb, $10::timestamptz, $11)
     ON CONFLICT (id) DO UPDATE SET unit_id = $4::uuid, status = $5, title = $6, field_key = $7,
       submitted_at = $8::timestamptz, authors = $9::jsonb, synced_at = $10::timestamptz, owner_id = $11`,
    entry.id,
    entry.provinceCode,
    entry.contestId,
    entry.unitId,
    entry.status,
    entry.title,
    entry.fieldKey,
    entry.submittedAt,
    JSON.stringify(entry.authors),
    event.time,
    entry.ownerId,
  );
};

/** Handlers that keep judging's `contest` and `entry` tables in step with submissions' contest and entry events. */
export function contestReplicaHandlers<Tx extends SqlTransaction>(): Record<string, EventHandler<Tx>> {
  return {
    [contestCreated.type]: upsertContest,
    [contestUpdated.type]: upsertContest,
    [contestStatusChanged.type]: upsertContest,
    [entryForwarded.type]: upsertEntry,
    [entryScreened.type]: upsertEntry,
    [entryWithdrawn.type]: upsertEntry,
  };
}
