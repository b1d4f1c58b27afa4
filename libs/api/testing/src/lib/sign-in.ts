import type { AppRole, LocalizedText, SessionUser } from '@suunta/shared-domain';
import { XSRF_COOKIE_NAME, XSRF_HEADER_NAME } from '@suunta/shared-domain';
import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import type { TestApp } from './test-app';

type Agent = ReturnType<typeof request.agent>;
type Req = ReturnType<Agent['get']>;

/**
 * A browser-like session: keeps cookies, and sends the XSRF header on every request, so
 * `agent.post(url).send(body)` passes the CSRF check exactly as the Angular app does.
 */
export interface XsrfAgent {
  get(url: string): Req;
  post(url: string): Req;
  put(url: string): Req;
  patch(url: string): Req;
  delete(url: string): Req;
  /** The underlying supertest agent (cookies included, no XSRF header). */
  raw: Agent;
  /** The token sent in X-XSRF-TOKEN (the XSRF-TOKEN cookie's value). */
  xsrfToken: string;
}

export interface SignedInAgent extends XsrfAgent {
  user: SessionUser;
  email: string;
  password: string;
}

export interface TestOrganization {
  organizationId: string;
  /** Region ids by code: EP, KP, PO. */
  regions: Record<string, string>;
}

export interface CreateTestUserOptions {
  role?: AppRole;
  /** Several roles at once (overrides `role`). */
  roles?: AppRole[];
  /** Region codes (EP, KP, PO) assigned to the user; what a planner may write to. */
  regionCodes?: string[];
  organizationCode?: string;
  email?: string;
  displayName?: string;
  password?: string;
  status?: 'active' | 'invited' | 'disabled';
}

interface OrganizationSeed {
  code: string;
  name: string;
  fullName?: string;
  regions: { code: string; name: LocalizedText }[];
}

/**
 * The organization (default: the one in tools/seed-data/organization.json, SONet BOTNIA, with
 * regions EP, KP, PO), created if missing exactly as its seeder would, so a later seed run reuses it.
 */
export async function ensureOrganization(t: TestApp, organizationCode?: string): Promise<TestOrganization> {
  const seed = JSON.parse(readFileSync(resolve(t.env.SEED_DATA_DIR, 'organization.json'), 'utf8')) as OrganizationSeed;
  const code = organizationCode ?? seed.code;
  const isSeeded = code === seed.code;
  await t.dataSource.query(
    `INSERT INTO organization (code, name, full_name) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`,
    [code, isSeeded ? seed.name : code, isSeeded ? seed.fullName ?? null : null],
  );
  const [{ id: organizationId }] = await t.dataSource.query(`SELECT id FROM organization WHERE code = $1`, [code]);
  for (const [index, region] of seed.regions.entries()) {
    await t.dataSource.query(
      `INSERT INTO region (organization_id, code, name, sort_order) VALUES ($1, $2, $3, $4) ON CONFLICT (organization_id, code) DO NOTHING`,
      [organizationId, region.code, JSON.stringify(region.name), index + 1],
    );
  }
  const rows: { id: string; code: string }[] = await t.dataSource.query(`SELECT id, code FROM region WHERE organization_id = $1`, [organizationId]);
  return { organizationId, regions: Object.fromEntries(rows.map((r) => [r.code, r.id])) };
}

/** Inserts a user straight into the database (argon2id hash, roles, regions); returns its id and credentials. */
export async function createTestUser(t: TestApp, opts: CreateTestUserOptions = {}): Promise<{ id: string; email: string; password: string; organizationId: string }> {
  const org = await ensureOrganization(t, opts.organizationCode);
  const roles = opts.roles ?? [opts.role ?? 'viewer'];
  const suffix = randomBytes(4).toString('hex');
  const email = (opts.email ?? `${roles.join('-')}-${suffix}@test.invalid`).toLowerCase();
  const password = opts.password ?? `test-password-${randomBytes(8).toString('hex')}`;
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO user_account (organization_id, email, display_name, password_hash, roles, status)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [org.organizationId, email, opts.displayName ?? `Test ${roles.join('+')} ${suffix}`, hash, roles, opts.status ?? 'active'],
  );
  for (const code of opts.regionCodes ?? []) {
    const regionId = org.regions[code];
    if (!regionId) {
      throw new Error(`createTestUser: no region ${code} (have ${Object.keys(org.regions).join(', ')})`);
    }
    await t.dataSource.query(`INSERT INTO user_region (user_id, region_id, organization_id) VALUES ($1, $2, $3)`, [id, regionId, org.organizationId]);
  }
  return { id, email, password, organizationId: org.organizationId };
}

/** A cookie-keeping agent that has fetched an XSRF token but is not signed in. */
export async function anonymousAgent(t: TestApp): Promise<XsrfAgent> {
  const raw = t.agent();
  const res = await raw.get('/api/health');
  return wrap(raw, xsrfFrom(res.headers['set-cookie']) ?? '');
}

/** Signs in through the real `POST /api/auth/login` with the given credentials. */
export async function loginAs(t: TestApp, email: string, password: string): Promise<SignedInAgent> {
  const anonymous = await anonymousAgent(t);
  const res = await anonymous.post('/api/auth/login').send({ email, password });
  if (res.status !== 200) {
    throw new Error(`loginAs(${email}): expected 200, got ${res.status} ${JSON.stringify(res.body)}`);
  }
  const token = xsrfFrom(res.headers['set-cookie']);
  if (!token) {
    throw new Error('loginAs: the login answer set no XSRF-TOKEN cookie');
  }
  return { ...wrap(anonymous.raw, token), user: res.body as SessionUser, email, password };
}

/**
 * Creates a user with the role (and, for planners, the regions) and signs in through the real
 * login endpoint. The organization (SONet BOTNIA with EP, KP, PO) is created if missing.
 *
 * ```ts
 * const planner = await signIn(t, { role: 'planner', regionCodes: ['KP'] });
 * await planner.post('/api/progress').send({ ... }).expect(201);
 * ```
 */
export async function signIn(t: TestApp, opts: CreateTestUserOptions & { role: AppRole }): Promise<SignedInAgent> {
  const { email, password } = await createTestUser(t, opts);
  return loginAs(t, email, password);
}

function wrap(raw: Agent, xsrfToken: string): XsrfAgent {
  const withHeader = (r: Req) => r.set(XSRF_HEADER_NAME, xsrfToken);
  return {
    raw,
    xsrfToken,
    get: (url) => raw.get(url),
    post: (url) => withHeader(raw.post(url)),
    put: (url) => withHeader(raw.put(url)),
    patch: (url) => withHeader(raw.patch(url)),
    delete: (url) => withHeader(raw.delete(url)),
  };
}

/** The XSRF-TOKEN value from a response's Set-Cookie headers, if it sets one. */
export function xsrfFrom(setCookie: string | string[] | undefined): string | undefined {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const prefix = `${XSRF_COOKIE_NAME}=`;
  const cookie = cookies.find((c) => c.startsWith(prefix));
  const value = cookie?.slice(prefix.length).split(';')[0];
  return value ? decodeURIComponent(value) : undefined;
}
