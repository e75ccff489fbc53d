import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from './schema-problems.ts';

const Schema = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 5 }),
    born: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
    quota: Type.Union([Type.Object({ min: Type.Integer({ minimum: 1 }) }), Type.Null()]),
    tags: Type.Array(Type.String(), { maxItems: 1 }),
  },
  { additionalProperties: false },
);

const valid = { name: 'An', born: null, quota: null, tags: [] };

describe('schema problems', () => {
  it('is empty for a valid value', () => {
    expect(schemaProblems(Schema, valid)).toEqual([]);
  });

  it('names each missing and unknown property once', () => {
    const problems = schemaProblems(Schema, { name: 'An', tags: [], extra: 1 });
    expect(problems.map(({ field, code, message }) => [field, code, message])).toEqual([
      ['born', 'required', 'born is required.'],
      ['quota', 'required', 'quota is required.'],
      ['extra', 'unknown_property', 'extra is not a known property.'],
    ]);
  });

  it('explains a nullable value by the branch that is not null', () => {
    const problems = schemaProblems(Schema, { ...valid, born: '15/09/2022' });
    expect(problems.map(({ field, message }) => [field, message])).toEqual([
      ['born', 'born must be a date written YYYY-MM-DD.'],
    ]);
  });

  it('reports the inner field of a nullable object, not the union', () => {
    const problems = schemaProblems(Schema, { ...valid, quota: { min: 0 } });
    expect(problems.map(({ field, code, message }) => [field, code, message])).toEqual([
      ['quota.min', 'out_of_range', 'quota.min must be at least 1.'],
    ]);
  });

  it('reports lengths and counts with their limits', () => {
    const problems = schemaProblems(Schema, { ...valid, name: 'Nguyễn', tags: ['a', 'b'] });
    expect(problems.map(({ field, code, message }) => [field, code, message])).toEqual([
      ['name', 'too_long', 'name must be at most 5 characters long.'],
      ['tags', 'too_many', 'tags must have at most 1 items.'],
    ]);
  });

  it('marks every schema problem as invalid input', () => {
    expect(schemaProblems(Schema, 42).map(({ field, kind }) => [field, kind])).toEqual([['', 'invalid']]);
  });
});
