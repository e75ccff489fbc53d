/** The transaction-local setting that row-level security policies compare each row's province code with. */
export const PROVINCE_SETTING = 'cchc.province';

/** A scope that may read the rows of every province (never write them): platform-wide reports. */
export const ALL_PROVINCES = '*';

/** What scoping needs of a transaction; a Prisma interactive transaction client fits. */
export interface ScopableTransaction {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
}

/**
 * Scopes the rest of the transaction to one province (or to ALL_PROVINCES for reading): row-level security then
 * shows and accepts only that province's rows, whatever the queries ask for. It ends with the transaction.
 */
export async function scopeToProvince(tx: ScopableTransaction, scope: string): Promise<void> {
  if (!scope) throw new Error('A province scope must name a province');
  await tx.$queryRawUnsafe(`SELECT set_config('${PROVINCE_SETTING}', $1, true)`, scope);
}
