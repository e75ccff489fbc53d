import pg from 'pg';

export interface DatabaseGrant {
  database: string;
  role: string;
  password: string;
}

/**
 * Creates (if missing) a login role and a database it owns, and returns the role's connection URL.
 * The role owns its database and nothing else, so one service cannot reach another's tables.
 */
export async function provisionDatabase(superuserUrl: string, grant: DatabaseGrant): Promise<string> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const role = client.escapeIdentifier(grant.role);
    const password = client.escapeLiteral(grant.password);
    const roleExists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [grant.role]);
    await client.query(
      roleExists.rowCount
        ? `ALTER ROLE ${role} WITH LOGIN PASSWORD ${password}`
        : `CREATE ROLE ${role} WITH LOGIN PASSWORD ${password}`,
    );
    const databaseExists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      grant.database,
    ]);
    if (!databaseExists.rowCount) {
      await client.query(
        `CREATE DATABASE ${client.escapeIdentifier(grant.database)} OWNER ${role} ENCODING 'UTF8'`,
      );
    }
    await client.query(`REVOKE ALL ON DATABASE ${client.escapeIdentifier(grant.database)} FROM PUBLIC`);
  } finally {
    await client.end();
  }
  const url = new URL(superuserUrl);
  url.username = encodeURIComponent(grant.role);
  url.password = encodeURIComponent(grant.password);
  url.pathname = `/${grant.database}`;
  return url.toString();
}
