import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import type { ProblemCode } from './problem-codes.ts';
import { invalid, type Problem } from './result.ts';

interface SchemaError {
  keyword: string;
  instancePath: string;
  params: object;
  message: string;
}

const FORMAT_TEXT: Record<string, string> = {
  date: 'a date written YYYY-MM-DD',
  'date-time': 'a date and time with an offset, e.g. 2022-09-15T17:00:00+07:00',
  uuid: 'a UUID',
};

const TYPE_TEXT: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** `/authors/0/name` → `authors.0.name` */
function fieldOf(instancePath: string, property?: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (property !== undefined) parts.push(property);
  return parts.map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
}

function subject(field: string): string {
  return field === '' ? 'The value' : field;
}

function translate(error: SchemaError): Problem[] {
  const params = error.params as Record<string, unknown>;
  const field = fieldOf(error.instancePath);
  const say = (code: ProblemCode, predicate: string) => [
    invalid(field, code, `${subject(field)} ${predicate}.`),
  ];
  switch (error.keyword) {
    case 'required':
      return (params['requiredProperties'] as string[]).map((property) => {
        const path = fieldOf(error.instancePath, property);
        return invalid(path, 'required', `${path} is required.`);
      });
    case 'additionalProperties':
      return (params['additionalProperties'] as string[]).map((property) => {
        const path = fieldOf(error.instancePath, property);
        return invalid(path, 'unknown_property', `${path} is not a known property.`);
      });
    case 'type':
      return say('wrong_type', `must be ${TYPE_TEXT[String(params['type'])] ?? params['type']}`);
    case 'enum':
      return say(
        'not_allowed_value',
        `must be one of: ${(params['allowedValues'] as unknown[]).map(String).join(', ')}`,
      );
    case 'const':
      return say('not_allowed_value', `must be ${JSON.stringify(params['allowedValue'])}`);
    case 'format':
      return say('bad_format', `must be ${FORMAT_TEXT[String(params['format'])] ?? params['format']}`);
    case 'pattern':
      return say('bad_format', `must match the pattern ${params['pattern']}`);
    case 'minLength':
      return say('too_short', `must be at least ${params['limit']} characters long`);
    case 'maxLength':
      return say('too_long', `must be at most ${params['limit']} characters long`);
    case 'minimum':
      return say('out_of_range', `must be at least ${params['limit']}`);
    case 'exclusiveMinimum':
      return say('out_of_range', `must be more than ${params['limit']}`);
    case 'maximum':
      return say('out_of_range', `must be at most ${params['limit']}`);
    case 'exclusiveMaximum':
      return say('out_of_range', `must be less than ${params['limit']}`);
    case 'minItems':
      return say('too_few', `must have at least ${params['limit']} items`);
    case 'maxItems':
      return say('too_many', `must have at most ${params['limit']} items`);
    case 'uniqueItems':
      return say('duplicate_items', 'must not list the same item twice');
    case 'minProperties':
      return say('too_few', `must set at least ${params['limit']} properties`);
    default:
      return say('invalid', error.message);
  }
}

/**
 * Checks `value` against a TypeBox schema and turns each error into a problem naming the field, one per field.
 * A nullable value's "must be null" alternative is dropped so that the useful branch's message remains.
 */
export function schemaProblems(schema: TSchema, value: unknown): Problem[] {
  const errors = (Value.Errors(schema, value) as SchemaError[]).filter(
    // additionalProperties is reported twice; keep the one that lists the properties
    (error) => error.keyword !== 'boolean',
  );
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'anyOf') continue;
    const atSamePath = (other: SchemaError) => other.instancePath === error.instancePath;
    const inUnion = errors.some((other) => other.keyword === 'anyOf' && atSamePath(other));
    if (inUnion) {
      const useful = errors.filter(
        (other) =>
          atSamePath(other) &&
          other.keyword !== 'anyOf' &&
          !(other.keyword === 'type' && (other.params as { type?: string }).type === 'null'),
      );
      const deeper = errors.some((other) => other.instancePath.startsWith(`${error.instancePath}/`));
      if (useful.length === 0 && deeper) continue;
      if (useful.length > 0 && useful[0] !== error) continue;
    }
    for (const problem of translate(error)) {
      if (seen.has(problem.field)) continue;
      seen.add(problem.field);
      problems.push(problem);
    }
  }
  return problems;
}
