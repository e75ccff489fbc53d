import { ProvinceCode, RegistryStatus as Status, UnitKind } from '@cchc/contracts';
import { Type } from 'typebox';

const Name = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

export const ProvinceView = Type.Object({
  code: ProvinceCode,
  name: Type.String(),
  status: Status,
  mergedInto: Type.Union([Type.String(), Type.Null()]),
});
export const NewProvince = Type.Object(
  { code: ProvinceCode, name: Name(200) },
  { additionalProperties: false },
);
export const Rename = (max: number) => Type.Object({ name: Name(max) }, { additionalProperties: false });

export const UnitView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  provinceCode: Type.String(),
  parentId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  code: Type.String(),
  name: Type.String(),
  kind: UnitKind,
  status: Status,
});
export const NewUnit = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._-]+$' }),
    name: Name(300),
    kind: UnitKind,
    parentId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  },
  { additionalProperties: false },
);
export const UnitChange = Type.Object(
  {
    name: Type.Optional(Name(300)),
    parentId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);

/** A unit in depth-first tree order, with its depth (0 for top-level units). */
export const UnitInTree = Type.Object({ ...UnitView.properties, depth: Type.Integer({ minimum: 0 }) });
