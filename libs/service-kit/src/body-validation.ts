import AjvCompiler from '@fastify/ajv-compiler';

const compilers = AjvCompiler();
type Options = NonNullable<Parameters<typeof compilers>[1]>;
/** What Fastify gives the compiler it builds: the route's schema and which part of the request it checks. */
type RouteCompiler = (route: { httpPart?: string }) => unknown;

/**
 * Validators that coerce types only where values arrive as text: query strings, params and headers ("2" is a number
 * there). A JSON body already carries its types, and coercing it would silently turn a null into "" or 0 where a
 * schema allows a string or a number before null, or a lone value into an array.
 */
export const buildValidator = ((externalSchemas, options?: Options) => {
  const coercing = compilers(externalSchemas, options) as unknown as RouteCompiler;
  const exact = compilers(externalSchemas, {
    ...options,
    customOptions: { ...options?.customOptions, coerceTypes: false },
  } as Options) as unknown as RouteCompiler;
  return ((route) => (route.httpPart === 'body' ? exact(route) : coercing(route))) as RouteCompiler;
}) as typeof compilers;
