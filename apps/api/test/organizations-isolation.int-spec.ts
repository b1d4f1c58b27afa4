import { Test } from '@nestjs/testing';
import { createSuuntaAdapter, SeedRunner } from '@suunta/api-core';
import { OrgCreateCommand, OrganizationsCliModule, OrgListCommand } from '@suunta/api-operations';
import { anonymousAgent, createTestApp, loginAs, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp } from '@suunta/api-testing';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../src/app/app.module';

/**
 * Two competence centres on one server: the second is made with the `org` command line (its
 * regions and an invited first admin), both get the full SONet BOTNIA data set, and every list
 * endpoint of the API, called as each organization's admin, shows nothing of the other.
 */

const SECOND = 'toinen-keskus';

/** Runs one `org` subcommand's class against the test database; returns what it printed. */
async function runCli<T extends { run(inputs: string[], options: Record<string, unknown>): Promise<void> }>(
  cli: { get(type: new (...args: never[]) => T): T },
  type: new (...args: never[]) => T,
  inputs: string[],
  options: Record<string, unknown> = {},
): Promise<string> {
  const lines: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  const error = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void lines.push(`ERROR ${args.join(' ')}`));
  try {
    await cli.get(type).run(inputs, options);
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
  return lines.join('\n');
}

/** Every id (as text) of the organization's rows in every table that has organization_id and id. */
async function idsOf(t: TestApp, organizationId: string): Promise<Set<string>> {
  const tables: { table_name: string }[] = await t.dataSource.query(
    `SELECT c.table_name FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND c.column_name = 'organization_id'
        AND EXISTS (SELECT 1 FROM information_schema.columns i WHERE i.table_schema = 'public' AND i.table_name = c.table_name AND i.column_name = 'id')`,
  );
  const ids = new Set<string>([organizationId]);
  for (const { table_name } of tables) {
    const rows: { id: string }[] = await t.dataSource.query(`SELECT id::text AS id FROM "${table_name}" WHERE organization_id = $1`, [organizationId]);
    // Numeric ids (the audit trail's) are too short to search for in text; uuids are not.
    rows.filter((r) => r.id.length >= 32).forEach((r) => ids.add(r.id));
  }
  return ids;
}

describe('organizations: two competence centres on one server', () => {
  let t: TestApp;
  let seedDir: string;
  let firstAdmin: SignedInAgent;
  let secondAdmin: SignedInAgent;
  let firstOrgId: string;
  let secondOrgId: string;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    await t.app.get(SeedRunner).run({ data: true, demo: false });
    [{ id: firstOrgId }] = await t.dataSource.query(`SELECT id FROM organization WHERE code = 'sonet-botnia'`);

    // The second organization, made with the command line as an operator would.
    const cli = await Test.createTestingModule({ imports: [OrganizationsCliModule.register({ ...t.env, PUBLIC_URL: 'https://suunta.example' })] }).compile();
    await cli.init();
    try {
      const out = await runCli(cli, OrgCreateCommand, [SECOND, 'Toinen osaamiskeskus'], {
        region: ['EP=Etelä-Pohjanmaa|Södra Österbotten|South Ostrobothnia', 'KP=Keski-Pohjanmaa', 'PO=Pohjanmaa'],
        adminEmail: 'paakayttaja@toinen.example',
        adminName: 'Toisen Pääkäyttäjä',
      });
      expect(out).toContain(`Created organization ${SECOND}`);
      const token = decodeURIComponent(/https:\/\/suunta\.example\/accept-invite\?token=(\S+)/.exec(out)?.[1] ?? '');
      expect(token).not.toBe('');
      // The same link is queued as the invitation e-mail (the accounts domain's invite does it).
      const mails: { link: string }[] = await t.dataSource.query(
        `SELECT data->>'link' AS link FROM pgboss.job WHERE name = 'mail-send' AND data->>'kind' = 'invitation' AND data->>'to' = $1`,
        ['paakayttaja@toinen.example'],
      );
      expect(mails.map((m) => m.link)).toEqual([`https://suunta.example/accept-invite?token=${encodeURIComponent(token)}`]);
      expect(await runCli(cli, OrgCreateCommand, [SECOND, 'Again'])).toContain(`ERROR Refused: An organization with the code ${SECOND} already exists`);
      const listed = await runCli(cli, OrgListCommand, []);
      expect(listed).toMatch(new RegExp(`${SECOND}\\tToinen osaamiskeskus`));
      expect(listed).toContain('admins: paakayttaja@toinen.example (invited)');

      // The invited admin sets a password through the ordinary invitation form and signs in.
      const anonymous = await anonymousAgent(t);
      await anonymous.post('/api/auth/accept-invite').send({ token, password: 'Toinen-keskus-salasana-2026' }).expect(204);
      secondAdmin = await loginAs(t, 'paakayttaja@toinen.example', 'Toinen-keskus-salasana-2026');
    } finally {
      await cli.close();
    }
    [{ id: secondOrgId }] = await t.dataSource.query(`SELECT id FROM organization WHERE code = $1`, [SECOND]);
    expect(secondAdmin.user.organizationId).toBe(secondOrgId);

    // The same documents loaded into the second organization, so both have rows in every list.
    seedDir = mkdtempSync(join(tmpdir(), 'suunta-second-org-'));
    cpSync(t.env.SEED_DATA_DIR, seedDir, { recursive: true });
    const organization = JSON.parse(readFileSync(join(seedDir, 'organization.json'), 'utf8'));
    writeFileSync(join(seedDir, 'organization.json'), JSON.stringify({ ...organization, code: SECOND, name: 'Toinen osaamiskeskus' }));
    const second = await Test.createTestingModule({ imports: [AppModule.register({ ...t.env, SEED_DATA_DIR: seedDir })] }).compile();
    const secondApp = second.createNestApplication(createSuuntaAdapter(t.env), { logger: false });
    await secondApp.init();
    try {
      await secondApp.get(SeedRunner).run({ data: true, demo: false });
    } finally {
      await secondApp.close();
    }

    firstAdmin = await signIn(t, { role: 'admin' });
    expect(firstAdmin.user.organizationId).toBe(firstOrgId);
  });

  afterAll(async () => {
    await t.close();
    rmSync(seedDir, { recursive: true, force: true });
  });

  it('answers every list endpoint to each admin without a single row of the other organization', async () => {
    const doc = (await t.agent().get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const lists = Object.entries(doc.paths)
      .filter(([path, item]) => 'get' in item && !path.includes('{') && !/^\/api\/(health|docs|metrics)/.test(path))
      .map(([path]) => path)
      .sort();
    expect(lists).toEqual(expect.arrayContaining(['/api/users', '/api/regions', '/api/audit', '/api/plans']));

    const firstIds = await idsOf(t, firstOrgId);
    const secondIds = await idsOf(t, secondOrgId);
    expect(firstIds.size).toBeGreaterThan(100);
    expect(secondIds.size).toBeGreaterThan(100);

    const leaks: string[] = [];
    const statuses: Record<string, string> = {};
    const ownSeen = { first: 0, second: 0 };
    for (const path of lists) {
      for (const [who, agent, others, own] of [
        ['first', firstAdmin, secondIds, firstIds],
        ['second', secondAdmin, firstIds, secondIds],
      ] as const) {
        const res = await agent.get(path);
        statuses[`${who} ${path}`] = String(res.status);
        const text = res.text ?? '';
        const found = [...text.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)].map((m) => m[0]);
        leaks.push(...found.filter((id) => others.has(id)).map((id) => `${who} admin sees ${id} of the other organization in GET ${path}`));
        ownSeen[who] += found.filter((id) => own.has(id)).length;
      }
    }
    expect(leaks).toEqual([]);
    // Every list answers (no 5xx), and the lists are not trivially empty for either admin.
    expect(Object.entries(statuses).filter(([, s]) => s.startsWith('5'))).toEqual([]);
    const ok = Object.values(statuses).filter((s) => s === '200').length;
    expect(ok / Object.keys(statuses).length).toBeGreaterThan(0.8);
    expect(ownSeen.first).toBeGreaterThan(50);
    expect(ownSeen.second).toBeGreaterThan(50);
  });
});
