/** What messaging needs of a database transaction; a Prisma interactive transaction client fits. */
export interface SqlTransaction {
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
}

/** Runs work in one database transaction (e.g. `prisma.$transaction`). */
export type TransactionRunner<Tx extends SqlTransaction> = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/** The channel the relay listens on; a write to the outbox notifies it, delivered when the transaction commits. */
export const OUTBOX_CHANNEL = 'cchc_outbox';
