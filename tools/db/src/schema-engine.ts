import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import type * as SchemaEngineBindings from '@prisma/schema-engine-wasm';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import pg, { type PoolConfig } from 'pg';
import { connectionConfig } from './connection.ts';

type SchemaEngineModule = typeof SchemaEngineBindings;

/** The slice of the WebAssembly API we use (ES2023's lib has no WebAssembly declarations). */
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let engineModule: Promise<SchemaEngineModule> | undefined;

/** The engine reports a Rust panic's message through this global before it throws "unreachable". */
const panicRegistry = {
  message: '',
  set_message(message: string) {
    this.message = message;
  },
};
(globalThis as Record<string, unknown>)['PRISMA_WASM_PANIC_REGISTRY'] = panicRegistry;

/**
 * Loads Prisma's WebAssembly schema engine. Instantiating the module ourselves avoids Node's
 * `--experimental-wasm-modules` flag, so the runner works under plain node, tsx and Vitest alike.
 */
function loadEngineModule(): Promise<SchemaEngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bindings = (await import(bindingsPath)) as SchemaEngineModule & {
      __wbg_set_wasm(exports: Record<string, unknown>): void;
    };
    const wasmBytes = await readFile(bindingsPath.replace(/\.js$/, '.wasm'));
    const { instance } = await WebAssembly.instantiate(wasmBytes, {
      './schema_engine_bg.js': bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports['__wbindgen_start'] as () => void)();
    return bindings;
  })();
  return engineModule;
}

export interface SchemaFile {
  path: string;
  content: string;
}

export interface OpenEngine {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/** PostgreSQL's one-byte internal `"char"` type (pg_class.relkind, pg_constraint.contype, …), and `text`. */
const PG_INTERNAL_CHAR_OID = 18;
const PG_TEXT_OID = 25;

interface RawResult {
  columnTypes: number[];
}
interface RawQueryable {
  performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[] }>;
  queryRaw(query: unknown): Promise<RawResult>;
}

/**
 * The schema engine reads catalog columns of PostgreSQL's internal `"char"` type while describing a database
 * and expects them as characters, but the pg adapter cannot map that type and rejects the query ("Column type
 * 'char' could not be deserialized"). This passes such columns through as text and reports them as characters.
 */
function readInternalCharColumns<T extends object>(adapter: T): T {
  const queryable = adapter as unknown as RawQueryable;
  const queryRaw = queryable.queryRaw;
  const performIO = queryable.performIO;
  queryable.queryRaw = async function (query) {
    const charColumns: number[] = [];
    // A per-call view of the adapter, so concurrent queries each see only their own columns.
    const view = Object.create(adapter, {
      performIO: {
        value: async (io: unknown) => {
          const result = await performIO.call(adapter, io);
          result.fields.forEach((field, index) => {
            if (field.dataTypeID !== PG_INTERNAL_CHAR_OID) return;
            field.dataTypeID = PG_TEXT_OID;
            charColumns.push(index);
          });
          return result;
        },
      },
    }) as RawQueryable;
    const result = await queryRaw.call(view, query);
    for (const index of charColumns) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return adapter;
}

interface ScriptRunner {
  executeScript(script: string): Promise<void>;
  underlyingDriver(): pg.Pool;
  onError(error: unknown): never;
}

/**
 * The pg adapter runs a migration script by splitting it at every semicolon, even inside comments, string literals
 * and function bodies. PostgreSQL takes the whole script in one simple query (as one implicit transaction), which is
 * how a migration should be applied.
 */
function runScriptsWhole<T extends object>(adapter: T): T {
  const runner = adapter as unknown as ScriptRunner;
  runner.executeScript = async (script) => {
    try {
      await runner.underlyingDriver().query(script);
    } catch (error) {
      runner.onError(error);
    }
  };
  return adapter;
}

/**
 * Prisma's pg adapter, extended so that every pool it opens can be closed, and so that a shadow database is
 * dropped only after its own pool is closed: the stock cleanup drops the database while its pool still holds a
 * connection and fails with "is being accessed by other users".
 */
class ClosablePrismaPg extends PrismaPg {
  private readonly opened: { dispose(): Promise<void> }[] = [];

  constructor(private readonly poolConfig: PoolConfig) {
    super(poolConfig);
  }

  override async connect() {
    const adapter = runScriptsWhole(readInternalCharColumns(await super.connect()));
    this.opened.push(adapter);
    return adapter;
  }

  override async connectToShadowDb() {
    const shadowName = `prisma_shadow_${process.pid}_${Date.now()}`;
    await this.runOnMaintenanceDb(`CREATE DATABASE "${shadowName}"`);
    const adapter = runScriptsWhole(
      readInternalCharColumns(await new PrismaPg({ ...this.poolConfig, database: shadowName }).connect()),
    );
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await this.runOnMaintenanceDb(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
    };
    return adapter;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.opened.splice(0).map((adapter) => adapter.dispose()));
  }

  private async runOnMaintenanceDb(sql: string): Promise<void> {
    const client = new pg.Client({ ...this.poolConfig, database: 'postgres' });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

/** Opens the schema engine on a database, with the given Prisma schema files as its datamodel. */
export async function openSchemaEngine(databaseUrl: string, schemaFiles: SchemaFile[]): Promise<OpenEngine> {
  const { SchemaEngine } = await loadEngineModule();
  const adapter = new ClosablePrismaPg(connectionConfig(databaseUrl));
  const engine = await SchemaEngine.new(
    { datamodels: schemaFiles.map((file) => [file.path, file.content]) },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
  return {
    engine,
    async close() {
      engine.free();
      await adapter.closeAll();
    },
  };
}
