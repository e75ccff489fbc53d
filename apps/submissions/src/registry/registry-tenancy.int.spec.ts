import { fileURLToPath } from 'node:url';
import { startTestIssuer, type TestIssuer } from '@cchc/auth/testing';
import { createTestDatabase, type TestDatabase } from '@cchc/db/testing';
import { startBroker, type BrokerHandle } from '@cchc/embedded-kafka';
import { loadConfig } from '@cchc/service-kit';
import { ALL_PROVINCES } from '@cchc/tenancy';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissionsService } from '../service.ts';
import { createTenantPrisma, type TenantPrisma } from '../tenant-prisma.ts';

const schemaPath = fileURLToPath(new URL('../../prisma', import.meta.url));

describe('registry tenancy', () => {
  let issuer: TestIssuer;
  let broker: BrokerHandle;
  let database: TestDatabase;
  let app: FastifyInstance;
  let prisma: TenantPrisma;
  const tokens: Record<string, string> = {};
  const units: Record<string, string> = {};

  const api = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${tokens[who]}` },
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    issuer = await startTestIssuer();
    broker = await startBroker({ port: 0, inMemory: true, log: () => undefined });
    database = await createTestDatabase({ schemaPath });
    app = await submissionsService.build(
      loadConfig(submissionsService.configSchema, {
        PORT: '0',
        LOG_LEVEL: 'silent',
        DATABASE_URL: database.url,
        KAFKA_BROKERS: `127.0.0.1:${broker.port}`,
        AUTH_ISSUER: issuer.issuer,
      }),
    );
    await app.ready();
    prisma = createTenantPrisma(database.url);
    tokens['platform'] = await issuer.token({ username: 'platform', roles: ['platform-admin'] });
    tokens['cbAdmin'] = await issuer.token({
      username: 'cb.admin',
      roles: ['province-admin'],
      province: 'CB',
    });
    tokens['hgAdmin'] = await issuer.token({
      username: 'hg.admin',
      roles: ['province-admin'],
      province: 'HG',
    });
    tokens['cbAuthor'] = await issuer.token({ username: 'cb.author', roles: ['author'], province: 'CB' });
  });

  afterAll(async () => {
    await app?.close();
    await prisma?.$disconnect();
    await database?.drop();
    await broker?.stop();
    await issuer?.stop();
  });

  it('lets only a platform admin register provinces', async () => {
    expect((await api('cbAdmin', 'POST', '/provinces', { code: 'XX', name: 'Tỉnh X' })).statusCode).toBe(403);
    for (const [code, name] of [
      ['CB', 'Cao Bằng'],
      ['HG', 'Hà Giang'],
    ]) {
      expect((await api('platform', 'POST', '/provinces', { code, name })).statusCode).toBe(201);
    }
  });

  it("lets a province admin build the province's unit tree, and no other province's", async () => {
    for (const [who, code, unit] of [
      ['cbAdmin', 'CB', 'SNV'],
      ['hgAdmin', 'HG', 'SNV'],
      ['hgAdmin', 'HG', 'STP'],
    ] as const) {
      const response = await api(who, 'POST', `/provinces/${code}/units`, {
        code: unit,
        name: `Sở ${unit}`,
        kind: 'department',
      });
      expect(response.statusCode).toBe(201);
      units[`${code}-${unit}`] = response.json().id;
    }
    const intruder = await api('cbAdmin', 'POST', '/provinces/HG/units', {
      code: 'X',
      name: 'X',
      kind: 'office',
    });
    expect(intruder.statusCode).toBe(403);
    const author = await api('cbAuthor', 'POST', '/provinces/CB/units', {
      code: 'Y',
      name: 'Y',
      kind: 'office',
    });
    expect(author.statusCode).toBe(403);
  });

  it("shows a province's units to its members and to a platform admin who names it, to nobody else", async () => {
    const own = await api('cbAuthor', 'GET', '/provinces/CB/units');
    expect(own.json().map((unit: { code: string }) => unit.code)).toEqual(['SNV']);
    expect((await api('cbAuthor', 'GET', '/provinces/HG/units')).statusCode).toBe(403);
    const named = await api('platform', 'GET', '/provinces/HG/units');
    expect(named.json().map((unit: { code: string }) => unit.code)).toEqual(['SNV', 'STP']);
  });

  it("does not find another province's unit through one's own province", async () => {
    const response = await api('cbAdmin', 'PATCH', `/provinces/CB/units/${units['HG-SNV']}`, {
      name: 'Đổi tên',
    });
    expect(response.statusCode).toBe(404);
    expect(
      (await api('cbAdmin', 'PATCH', `/provinces/HG/units/${units['HG-SNV']}`, { name: 'Đổi tên' }))
        .statusCode,
    ).toBe(403);
  });

  it('returns nothing of another province to a query that forgets its filter', async () => {
    const seenFromCb = await prisma.$withProvince('CB', (tx) => tx.unit.findMany());
    expect(seenFromCb.map((unit) => unit.provinceCode)).toEqual(['CB']);
    expect(await prisma.unit.findMany()).toEqual([]);
    const everything = await prisma.$withProvince(ALL_PROVINCES, (tx) => tx.unit.count());
    expect(everything).toBe(3);
  });

  it("refuses to write another province's rows, even when asked to by id", async () => {
    await expect(
      prisma.$withProvince('CB', (tx) =>
        tx.unit.update({ where: { id: units['HG-SNV']! }, data: { name: 'Chiếm' } }),
      ),
    ).rejects.toThrow(/not found|No record/i);
    await expect(
      prisma.$withProvince('CB', (tx) =>
        tx.unit.create({ data: { provinceCode: 'HG', code: 'Z', name: 'Z', kind: 'office' } }),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      prisma.$withProvince(ALL_PROVINCES, (tx) => tx.unit.updateMany({ data: { name: 'Mọi nơi' } })),
    ).resolves.toEqual({ count: 0 });
    const names = await prisma.$withProvince(ALL_PROVINCES, (tx) =>
      tx.unit.findMany({ select: { name: true } }),
    );
    expect(names.map((unit) => unit.name)).not.toContain('Mọi nơi');
  });
});
