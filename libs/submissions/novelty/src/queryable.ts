/**
 * What the store needs of a database connection: a pg Client, Pool or PoolClient, or an adapter of a Prisma
 * interactive transaction (`{ query: async (text, values) => ({ rows: await tx.$queryRawUnsafe(text, ...(values ?? [])) }) }`).
 * Statements are plain parameterised SQL whose parameters are cast in the text, so both clients send them alike.
 */
export interface Queryable {
  query(text: string, values?: unknown[]): PromiseLike<{ rows: unknown[] }>;
}
