import type pg from 'pg';
import type { SqlTransaction, TransactionRunner } from './sql.ts';

/**
 * Transactions on a plain pg pool, shaped like Prisma's interactive transactions, for code that has no Prisma
 * client (tests and benchmarks). `afterCommit` runs once a transaction has committed.
 */
export function pgTransactions(
  pool: pg.Pool,
  afterCommit: (tx: SqlTransaction) => void = () => undefined,
): TransactionRunner<SqlTransaction> {
  return async (work) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const tx: SqlTransaction = {
        $executeRawUnsafe: async (query, ...values) => (await client.query(query, values)).rowCount ?? 0,
        $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) =>
          (await client.query(query, values)).rows as T,
      };
      const result = await work(tx);
      await client.query('COMMIT');
      afterCommit(tx);
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
}
