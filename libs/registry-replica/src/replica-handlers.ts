import {
  provinceCreated,
  provinceDeactivated,
  provinceMerged,
  provinceRenamed,
  unitCreated,
  unitDeactivated,
  unitMerged,
  unitMoved,
  unitRenamed,
} from '@cchc/contracts';
import type { EventEnvelope, EventHandler, SqlTransaction } from '@cchc/messaging';

interface ProvinceState {
  code: string;
  name: string;
  status: string;
  mergedInto: string | null;
}
interface UnitState {
  id: string;
  provinceCode: string;
  parentId: string | null;
  name: string;
  status: string;
}

// Every registry event carries the aggregate's whole state, so each handler is the same upsert; events of one
// aggregate arrive in order (same key), so the last one written is the latest state.
const upsertProvince: EventHandler<SqlTransaction> = async (tx, event: EventEnvelope) => {
  const { province } = event.data as { province: ProvinceState };
  await tx.$executeRawUnsafe(
    `INSERT INTO province (code, name, active, merged_into, synced_at) VALUES ($1, $2, $3, $4, $5::timestamptz)
     ON CONFLICT (code) DO UPDATE SET name = $2, active = $3, merged_into = $4, synced_at = $5::timestamptz`,
    province.code,
    province.name,
    province.status === 'active',
    province.mergedInto,
    event.time,
  );
};

const upsertUnit: EventHandler<SqlTransaction> = async (tx, event: EventEnvelope) => {
  const { unit } = event.data as { unit: UnitState };
  await tx.$executeRawUnsafe(
    `INSERT INTO unit (id, province_code, parent_id, name, active, synced_at)
     VALUES ($1::uuid, $2, $3::uuid, $4, $5, $6::timestamptz)
     ON CONFLICT (id) DO UPDATE SET province_code = $2, parent_id = $3::uuid, name = $4, active = $5, synced_at = $6::timestamptz`,
    unit.id,
    unit.provinceCode,
    unit.parentId,
    unit.name,
    unit.status === 'active',
    event.time,
  );
};

const mergeUnit: EventHandler<SqlTransaction> = async (tx, event: EventEnvelope) => {
  await upsertUnit(tx, event);
  const { unit, successorId } = event.data as { unit: UnitState; successorId: string };
  await tx.$executeRawUnsafe(
    `UPDATE unit SET merged_into = $2::uuid WHERE id = $1::uuid`,
    unit.id,
    successorId,
  );
};

/** Handlers that keep a service's `province` and `unit` tables in step with submissions' registry events. */
export function registryReplicaHandlers<Tx extends SqlTransaction>(): Record<string, EventHandler<Tx>> {
  return {
    [provinceCreated.type]: upsertProvince,
    [provinceRenamed.type]: upsertProvince,
    [provinceDeactivated.type]: upsertProvince,
    [provinceMerged.type]: upsertProvince,
    [unitCreated.type]: upsertUnit,
    [unitRenamed.type]: upsertUnit,
    [unitMoved.type]: upsertUnit,
    [unitDeactivated.type]: upsertUnit,
    [unitMerged.type]: mergeUnit,
  };
}
