import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, loadConfig } from './config.ts';

const schema = configSchema({
  FEATURE_LIMIT: Type.Integer({ minimum: 1, default: 5, description: 'How many features' }),
});
const valid = {
  PORT: '3101',
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
  KAFKA_BROKERS: '127.0.0.1:9092',
};

describe('loadConfig', () => {
  it('applies defaults and converts numbers', () => {
    const config = loadConfig(schema, valid);
    expect(config).toMatchObject({ PORT: 3101, HOST: '127.0.0.1', FEATURE_LIMIT: 5, LOG_LEVEL: 'info' });
  });

  it('names a missing variable', () => {
    expect(() => loadConfig(schema, { PORT: '3101', KAFKA_BROKERS: '127.0.0.1:9092' })).toThrow(
      new ConfigError('Missing environment variable DATABASE_URL'),
    );
    expect(() => loadConfig(schema, { PORT: '3101' })).toThrow(
      new ConfigError('Missing environment variables DATABASE_URL, KAFKA_BROKERS'),
    );
  });

  it('names a malformed variable, its value and what it is for', () => {
    expect(() => loadConfig(schema, { ...valid, FEATURE_LIMIT: 'many' })).toThrow(
      'Invalid environment variable FEATURE_LIMIT="many": must be integer (How many features)',
    );
    expect(() => loadConfig(schema, { ...valid, DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL="mysql:\/\/x"/,
    );
    expect(() => loadConfig(schema, { ...valid, LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL="loud"/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig(schema, { ...valid, FEATURE_LIMIT: '' }).FEATURE_LIMIT).toBe(5);
  });
});
