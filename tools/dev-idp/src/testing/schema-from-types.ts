import ts from 'typescript';

/** The JSON Schema subset produced from TypeScript types; objects are closed unless they have an index signature. */
export interface JsonSchema {
  type?: 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';
  const?: string | number | boolean;
  enum?: (string | number)[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  $ref?: string;
}

export interface SchemaDocument {
  schema: JsonSchema;
  $defs: Record<string, JsonSchema>;
}

/**
 * Generates a JSON Schema from an exported TypeScript type, with the compiler API: every object type is closed
 * (`additionalProperties: false`) unless it declares an index signature, `any` and `unknown` accept anything,
 * optional properties are optional and the others required. Named object types become `$defs`, so recursive
 * types (components within components) work.
 */
export function schemaFromType(file: string, typeName: string): SchemaDocument {
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    types: [],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    throw new Error(ts.formatDiagnostics(diagnostics, ts.createCompilerHost({})));
  }
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const exported =
    moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === typeName);
  if (!exported) throw new Error(`${file} does not export ${typeName}`);
  const root = checker.getDeclaredTypeOfSymbol(
    exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported,
  );

  const defs: Record<string, JsonSchema> = {};
  const named = new Map<ts.Type, string>();

  const nameOf = (type: ts.Type): string | undefined => {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const name = symbol?.getName();
    return name && !name.startsWith('__') && type !== root ? name : undefined;
  };

  const convert = (type: ts.Type): JsonSchema => {
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (type.isStringLiteral()) return { const: type.value };
    if (type.isNumberLiteral()) return { const: type.value };
    if (type.flags & ts.TypeFlags.BooleanLiteral) return { const: checker.typeToString(type) === 'true' };
    if (type.flags & ts.TypeFlags.String) return { type: 'string' };
    if (type.flags & ts.TypeFlags.Number) return { type: 'number' };
    if (type.flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (type.flags & ts.TypeFlags.Null) return { type: 'null' };
    // The `object` keyword says nothing about the properties.
    if (type.flags & ts.TypeFlags.NonPrimitive) return { type: 'object', additionalProperties: true };
    if (type.isUnion()) {
      const members = type.types.filter(
        (member) => !(member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)),
      );
      if (members.length > 0 && members.every((member) => member.flags & ts.TypeFlags.BooleanLiteral)) {
        return members.length === 2 ? { type: 'boolean' } : convert(members[0]!);
      }
      if (members.every((member) => member.isStringLiteral() || member.isNumberLiteral())) {
        return {
          enum: members.map((member) => (member as ts.StringLiteralType | ts.NumberLiteralType).value),
        };
      }
      const schemas = members.map(convert);
      return schemas.length === 1 ? schemas[0]! : { anyOf: schemas };
    }
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const [element] = checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: element ? convert(element) : {} };
    }
    if (type.flags & ts.TypeFlags.Object || type.isIntersection()) {
      const name = nameOf(type);
      if (name) {
        const known = named.get(type);
        if (known) return { $ref: `#/$defs/${known}` };
        let key = name;
        for (let n = 2; key in defs; n++) key = `${name}${n}`;
        named.set(type, key);
        defs[key] = {};
        defs[key] = objectSchema(type);
        return { $ref: `#/$defs/${key}` };
      }
      return objectSchema(type);
    }
    throw new Error(`cannot express ${checker.typeToString(type)} in JSON Schema`);
  };

  const objectSchema = (type: ts.Type): JsonSchema => {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const property of checker.getPropertiesOfType(type)) {
      properties[property.name] = convert(checker.getTypeOfSymbol(property));
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
    }
    const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
    return {
      type: 'object',
      properties,
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: index ? convert(index.type) : false,
    };
  };

  return { schema: convert(root), $defs: defs };
}

/** Checks a JSON value against a schema from {@link schemaFromType}; returns one message per problem, with its path. */
export function validate(
  document: SchemaDocument,
  value: unknown,
  schema = document.schema,
  at = '$',
): string[] {
  if (schema.$ref) {
    const target = document.$defs[schema.$ref.slice('#/$defs/'.length)];
    if (!target) return [`${at}: unknown schema ${schema.$ref}`];
    return validate(document, value, target, at);
  }
  if (schema.const !== undefined)
    return value === schema.const ? [] : [`${at}: must be ${JSON.stringify(schema.const)}`];
  if (schema.enum) {
    return schema.enum.includes(value as string)
      ? []
      : [`${at}: must be one of ${JSON.stringify(schema.enum)}`];
  }
  if (schema.anyOf) {
    const results = schema.anyOf.map((option) => validate(document, value, option, at));
    if (results.some((errors) => errors.length === 0)) return [];
    return [`${at}: matches none of the allowed shapes (${results.map((errors) => errors[0]).join('; ')})`];
  }
  switch (schema.type) {
    case undefined:
      return [];
    case 'string':
    case 'boolean':
      return typeof value === schema.type
        ? []
        : [`${at}: must be a ${schema.type}, got ${JSON.stringify(value)}`];
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? []
        : [`${at}: must be a number, got ${JSON.stringify(value)}`];
    case 'null':
      return value === null ? [] : [`${at}: must be null`];
    case 'array':
      if (!Array.isArray(value)) return [`${at}: must be an array`];
      return value.flatMap((item, index) => validate(document, item, schema.items ?? {}, `${at}[${index}]`));
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [`${at}: must be an object`];
      const errors: string[] = [];
      const record = value as Record<string, unknown>;
      for (const name of schema.required ?? [])
        if (!(name in record)) errors.push(`${at}.${name}: is required`);
      for (const [name, item] of Object.entries(record)) {
        const property = schema.properties?.[name];
        if (property) errors.push(...validate(document, item, property, `${at}.${name}`));
        else if (typeof schema.additionalProperties === 'object') {
          errors.push(...validate(document, item, schema.additionalProperties, `${at}.${name}`));
        } else if (schema.additionalProperties !== true) errors.push(`${at}.${name}: unknown property`);
      }
      return errors;
    }
  }
}
