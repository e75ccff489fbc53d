import type pg from 'pg';

/**
 * Runs `work` in a transaction scoped to a province, as the service's tenancy extension does: the fingerprint
 * table's row-level security then accepts writes of that province's rows only.
 */
export async function inProvince<T>(
  pool: pg.Pool,
  provinceCode: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('cchc.province', $1, true)`, [provinceCode]);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
