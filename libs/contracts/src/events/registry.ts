import { Type } from 'typebox';
import { defineEvent } from '../define-event.ts';
import { ProvinceCode } from '../envelope.ts';

export const PROVINCE_TOPIC = 'cchc.submissions.province';
export const UNIT_TOPIC = 'cchc.submissions.unit';

export const RegistryStatus = Type.Enum(['active', 'deactivated', 'merged']);

/** A province's state after the change: every registry event carries it so a replica can be rebuilt from any one. */
const ProvinceState = Type.Object({
  code: ProvinceCode,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  status: RegistryStatus,
  mergedInto: Type.Union([ProvinceCode, Type.Null()]),
});

/** Sở, ban, ngành, huyện, xã, thanh tra, văn phòng or phòng nghiệp vụ, and the rest. */
export const UnitKind = Type.Enum([
  'department',
  'board',
  'sector',
  'district',
  'commune',
  'inspectorate',
  'office',
  'other',
]);

/** A unit's state after the change. */
const UnitState = Type.Object({
  id: Type.String({ format: 'uuid' }),
  provinceCode: ProvinceCode,
  parentId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  code: Type.String({ minLength: 1, maxLength: 64 }),
  name: Type.String({ minLength: 1, maxLength: 300 }),
  kind: UnitKind,
  status: RegistryStatus,
});

export const provinceCreated = defineEvent({
  type: 'submissions.province.created.v1',
  topic: PROVINCE_TOPIC,
  description: 'A province (the tenant) was registered.',
  data: Type.Object({ province: ProvinceState }),
  key: (data) => data.province.code,
});

export const provinceRenamed = defineEvent({
  type: 'submissions.province.renamed.v1',
  topic: PROVINCE_TOPIC,
  description: 'A province changed its name.',
  data: Type.Object({ province: ProvinceState, previousName: Type.String() }),
  key: (data) => data.province.code,
});

export const provinceDeactivated = defineEvent({
  type: 'submissions.province.deactivated.v1',
  topic: PROVINCE_TOPIC,
  description: 'A province was deactivated; its history stays readable.',
  data: Type.Object({ province: ProvinceState }),
  key: (data) => data.province.code,
});

const IsoDate = Type.String({ format: 'date', description: 'The legal date of the merger (yyyy-mm-dd)' });

export const provinceMerged = defineEvent({
  type: 'submissions.province.merged.v1',
  topic: PROVINCE_TOPIC,
  description:
    'A province was merged into its successor (e.g. the 1 July 2025 merger of 63 provinces into 34): it is read-only from now on, and its contests, entries and results stay readable by the successor.',
  data: Type.Object({ province: ProvinceState, mergedOn: IsoDate }),
  key: (data) => data.province.code,
});

export const unitCreated = defineEvent({
  type: 'submissions.unit.created.v1',
  topic: UNIT_TOPIC,
  description: 'A unit (sở, ban, ngành, huyện, xã, …) was added to a province’s tree.',
  data: Type.Object({ unit: UnitState }),
  key: (data) => data.unit.id,
});

export const unitRenamed = defineEvent({
  type: 'submissions.unit.renamed.v1',
  topic: UNIT_TOPIC,
  description: 'A unit changed its name.',
  data: Type.Object({ unit: UnitState, previousName: Type.String() }),
  key: (data) => data.unit.id,
});

export const unitMoved = defineEvent({
  type: 'submissions.unit.moved.v1',
  topic: UNIT_TOPIC,
  description: 'A unit moved under another parent in the province’s tree.',
  data: Type.Object({
    unit: UnitState,
    previousParentId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  }),
  key: (data) => data.unit.id,
});

export const unitMerged = defineEvent({
  type: 'submissions.unit.merged.v1',
  topic: UNIT_TOPIC,
  description:
    'A unit was merged into another unit of its province: it is read-only from now on, and its entries stay readable by the successor.',
  data: Type.Object({ unit: UnitState, successorId: Type.String({ format: 'uuid' }), mergedOn: IsoDate }),
  key: (data) => data.unit.id,
});

export const unitDeactivated = defineEvent({
  type: 'submissions.unit.deactivated.v1',
  topic: UNIT_TOPIC,
  description: 'A unit was deactivated; its history stays readable.',
  data: Type.Object({ unit: UnitState }),
  key: (data) => data.unit.id,
});
