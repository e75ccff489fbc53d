import { fileURLToPath } from 'node:url';
import { provinceCreated, provinceMerged, unitCreated, unitMerged } from '@cchc/contracts';
import { createTestDatabase, type TestDatabase } from '@cchc/db/testing';
import { createEnvelope, pgTransactions, type EventEnvelope } from '@cchc/messaging';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryReplicaHandlers } from './replica-handlers.ts';

// Any service that keeps the replica will do; reporting's migrations hold the replica tables.
const schemaPath = fileURLToPath(new URL('../../../apps/reporting/prisma', import.meta.url));
const SNV_ID = '11111111-1111-4111-8111-111111111111';
const VP_ID = '22222222-2222-4222-8222-222222222222';

describe('registry replica handlers', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  const handlers = registryReplicaHandlers();

  /** Applies an event as a consumer does: in one transaction scoped to the event's province. */
  const apply = (event: EventEnvelope) =>
    pgTransactions(pool)(async (tx) => {
      await tx.$executeRawUnsafe(`SELECT set_config('cchc.province', $1, true)`, event.tenant);
      await handlers[event.type]!(tx, event);
    });
  const read = async (query: string, province: string) => {
    const client = await pool.connect();
    try {
      await client.query(`SELECT set_config('cchc.province', $1, false)`, [province]);
      return (await client.query(query)).rows;
    } finally {
      client.release();
    }
  };
  const province = (code: string, name: string, mergedInto: string | null = null) => ({
    code,
    name,
    status: mergedInto ? ('merged' as const) : ('active' as const),
    mergedInto,
  });
  const unit = (id: string, code: string, status: 'active' | 'merged' = 'active') => ({
    id,
    provinceCode: 'TQ',
    parentId: null,
    code,
    name: `Đơn vị ${code}`,
    kind: 'department' as const,
    status,
  });
  const context = (tenant: string) => ({ source: '/cchc/submissions', tenant });

  beforeAll(async () => {
    database = await createTestDatabase({ schemaPath });
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('follows a province merged into its successor', async () => {
    await apply(createEnvelope(provinceCreated, { province: province('HG', 'Hà Giang') }, context('HG')));
    await apply(createEnvelope(provinceCreated, { province: province('TQ', 'Tuyên Quang') }, context('TQ')));
    await apply(
      createEnvelope(
        provinceMerged,
        { province: province('HG', 'Hà Giang', 'TQ'), mergedOn: '2025-07-01' },
        context('HG'),
      ),
    );
    expect(await read(`SELECT code, active, merged_into FROM province ORDER BY code`, 'HG')).toEqual([
      { code: 'HG', active: false, merged_into: 'TQ' },
      { code: 'TQ', active: true, merged_into: null },
    ]);
  });

  it('follows a unit merged into another', async () => {
    await apply(createEnvelope(unitCreated, { unit: unit(SNV_ID, 'SNV') }, context('TQ')));
    await apply(createEnvelope(unitCreated, { unit: unit(VP_ID, 'VP') }, context('TQ')));
    await apply(
      createEnvelope(
        unitMerged,
        { unit: unit(SNV_ID, 'SNV', 'merged'), successorId: VP_ID, mergedOn: '2025-07-01' },
        context('TQ'),
      ),
    );
    expect(await read(`SELECT id, active, merged_into FROM unit ORDER BY id`, 'TQ')).toEqual([
      { id: SNV_ID, active: false, merged_into: VP_ID },
      { id: VP_ID, active: true, merged_into: null },
    ]);
  });
});
