import { SeedRunner } from '@suunta/api-core';
import { anonymousAgent, createTestApp, ensureOrganization, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import type { MeetingDto, MeetingSummaryDto, NetworkDto } from '@suunta/shared-domain';
import { AppModule } from '../src/app/app.module';

/**
 * Meetings and networks from the seed data: the Etelä-Pohjanmaa regional steering group's 2014
 * minutes (/work/shared/seeds/002, § 1–12) and the network register (15 EP + 2 KP).
 * Expected texts are read from the minutes themselves, not from the seed JSON.
 */
describe('governance: meetings (minutes) and networks', () => {
  let t: TestApp;
  let org: TestOrganization;
  let board: SignedInAgent;
  let meetingId: string;
  let foreignMeetingId: string;
  const focusArea = async (code: string): Promise<string> =>
    (await t.dataSource.query(`SELECT id FROM focus_area WHERE organization_id = $1 AND code = $2`, [org.organizationId, code]))[0].id;

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    const runner = t.app.get(SeedRunner);
    await runner.run({ data: true, demo: false });
    // twice: the seeder must not duplicate anything
    await runner.run({ data: true, demo: false });
    org = await ensureOrganization(t);
    board = await signIn(t, { role: 'board' });
    meetingId = (await t.dataSource.query(`SELECT id FROM meeting WHERE code = 'meetings-ep-2014/1'`))[0].id;

    // another organization's meeting and network: never visible
    const other = await ensureOrganization(t, 'OTHER-ORG');
    [{ id: foreignMeetingId }] = await t.dataSource.query(
      `INSERT INTO meeting (organization_id, region_id, code, body, date) VALUES ($1, $2, 'x', 'regional_steering_group', '2014-09-01') RETURNING id`,
      [other.organizationId, other.regions['EP']],
    );
    await t.dataSource.query(`INSERT INTO network (organization_id, region_id, code, name) VALUES ($1, $2, 'x', 'Vieras verkosto')`, [other.organizationId, other.regions['EP']]);
  }, 120000);
  afterAll(() => t.close());

  it('seeds one meeting with 12 items, 17 networks and their focus-area links once, even when run twice', async () => {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM meeting WHERE organization_id = $1) AS meetings,
              (SELECT count(*)::int FROM meeting_item WHERE organization_id = $1) AS items,
              (SELECT count(*)::int FROM meeting_item_focus_area WHERE organization_id = $1) AS item_links,
              (SELECT count(*)::int FROM network WHERE organization_id = $1) AS networks,
              (SELECT count(*)::int FROM network_focus_area WHERE organization_id = $1) AS network_links`,
      [org.organizationId],
    );
    // item links: § 4 (1) + § 5 (1) + § 7 (2) + § 8 (1) + § 9 (3) = 8; network links: 13 single + 4 double = 21
    expect(counts).toEqual({ meetings: 1, items: 12, item_links: 8, networks: 17, network_links: 21 });
  });

  it('lists the EP 2014 meeting: undated, with the date window, chair and the focus areas its items touch', async () => {
    const list: MeetingSummaryDto[] = (await board.get('/api/meetings').expect(200)).body;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: meetingId,
      regionCode: 'EP',
      body: 'regional_steering_group',
      date: null,
      dateEarliest: '2014-08-07',
      dateLatest: '2014-08-14',
      chair: 'Harri Jokiranta',
      secretary: null,
      place: null,
      itemCount: 12,
      // the historical minutes are the approved record; times and checkers as the minutes give them (§ 1, § 3, § 12)
      status: 'approved',
      startTime: '09:35',
      endTime: '12:00',
      minuteCheckers: ['Päivi Rinne', 'Tuulikki Mäkinen'],
    });
    expect(list[0].focusAreas.map((f) => f.code)).toEqual(['2015-1', '2015-3', '2015-4', '2015-5']);
    expect(list[0].notes).toContain('Teemu Puolijoki');
  });

  it('gives § 1–12 in order with proposal, discussion and decision as in the minutes', async () => {
    const m: MeetingDto = (await board.get(`/api/meetings/${meetingId}`).expect(200)).body;
    expect(m.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const item = (n: number) => m.items[n - 1];
    // 002 line 4–9: "2§ Esityslistan hyväksyminen … Päätös: Hyväksytään esitetyt muutokset."
    expect(item(2)).toMatchObject({ title: 'Esityslistan hyväksyminen', decision: 'Hyväksytään esitetyt muutokset.' });
    expect(item(2).proposal).toMatch(/^Hyväksytään kokouskutsun asialista kokouksen esityslistaksi/);
    // 002 line 89, 118: "9§ Ajankohtaista Väli-Suomen Kasteessa … Päätös: Merkitään tiedoksi."
    expect(item(9)).toMatchObject({ title: 'Ajankohtaista Väli-Suomen Kasteessa ja osaamiskeskuksen kehittämistyössä', decision: 'Merkitään tiedoksi.' });
    expect(item(9).discussion).toContain('LasSe');
    // 002 line 140: "11§ Seuraava kokous pidetään 10.10.14 (varapäivä 24.10.14) …" — one sentence, kept as the decision
    expect(item(11).decision).toContain('10.10.2014');
    // 002 line 144: the acting chair closed the meeting at 12.00; § 1 and § 12 have no decision
    expect(item(1).decision).toBeNull();
    expect(item(12).decision).toBeNull();
    expect(item(12).discussion).toContain('Teemu Puolijoki');
  });

  it('links the items to the 2015 focus areas (§ 4 Nordic → 2015-5, § 7 → 2015-3 and 2015-4, § 9 → three)', async () => {
    const m: MeetingDto = (await board.get(`/api/meetings/${meetingId}`).expect(200)).body;
    const codes = Object.fromEntries(m.items.map((i) => [i.number, i.focusAreas.map((f) => f.code)]));
    expect(codes).toEqual({
      1: [], 2: [], 3: [], 4: ['2015-5'], 5: ['2015-3'], 6: [], 7: ['2015-3', '2015-4'], 8: ['2015-1'],
      9: ['2015-1', '2015-3', '2015-4'], 10: [], 11: [], 12: [],
    });
    expect(m.items[3].focusAreas[0]).toMatchObject({ id: await focusArea('2015-5') });
  });

  it('counts the networks per region: 15 in EP, 2 in KP, none in PO', async () => {
    const all: NetworkDto[] = (await board.get('/api/networks').expect(200)).body;
    expect(all).toHaveLength(17);
    const perRegion = all.reduce<Record<string, number>>((acc, n) => ({ ...acc, [n.regionCode ?? '-']: (acc[n.regionCode ?? '-'] ?? 0) + 1 }), {});
    expect(perRegion).toEqual({ EP: 15, KP: 2 });
    expect((await board.get(`/api/networks?regionId=${org.regions['EP']}`).expect(200)).body).toHaveLength(15);
    expect((await board.get(`/api/networks?regionId=${org.regions['KP']}`).expect(200)).body).toHaveLength(2);
    expect((await board.get(`/api/networks?regionId=${org.regions['PO']}`).expect(200)).body).toEqual([]);
    // Liite 1: "Sosiaali- ja perusturvajohdon työkokoukset vuodesta 2003 … 3-4X/vuosi" → a range, no single number
    const directors = all.find((n) => n.name === 'Etelä-Pohjanmaan sosiaali- ja perusturvajohdon työkokoukset');
    expect(directors).toMatchObject({ sinceYear: 2003, meetingsPerYear: null, meetingsPerYearMin: 3, meetingsPerYearMax: 4, status: 'active' });
    expect(all.some((n) => n.name === 'Vieras verkosto')).toBe(false);
  });

  it('filters networks and meetings by focus area and region', async () => {
    const fa5 = await focusArea('2020-5');
    const kp: NetworkDto[] = (await board.get(`/api/networks?focusAreaId=${fa5}`).expect(200)).body;
    expect(kp.map((n) => n.regionCode)).toEqual(['KP', 'KP']);
    const fa4 = await focusArea('2015-4');
    const research: NetworkDto[] = (await board.get(`/api/networks?focusAreaId=${fa4}`).expect(200)).body;
    // hyvinvointijohtaminen (2015-1 + 2015-4), the two knowledge-production groups
    expect(research).toHaveLength(3);
    expect(research.every((n) => n.focusAreas.some((f) => f.code === '2015-4'))).toBe(true);

    expect((await board.get(`/api/meetings?focusAreaId=${fa4}`).expect(200)).body).toHaveLength(1);
    expect((await board.get(`/api/meetings?focusAreaId=${await focusArea('2015-2')}`).expect(200)).body).toEqual([]);
    expect((await board.get(`/api/meetings?regionId=${org.regions['EP']}`).expect(200)).body).toHaveLength(1);
    expect((await board.get(`/api/meetings?regionId=${org.regions['KP']}`).expect(200)).body).toEqual([]);
    await board.get('/api/meetings?regionId=not-a-uuid').expect(400);
  });

  it('answers 401 without a session, 404 for unknown and other organizations’ meetings', async () => {
    const anonymous = await anonymousAgent(t);
    await anonymous.get('/api/meetings').expect(401);
    await anonymous.get(`/api/meetings/${meetingId}`).expect(401);
    await anonymous.get('/api/networks').expect(401);
    await board.get('/api/meetings/00000000-0000-4000-8000-000000000000').expect(404);
    await board.get(`/api/meetings/${foreignMeetingId}`).expect(404);
    await board.get('/api/meetings/not-a-uuid').expect(400);
    const viewer = await signIn(t, { role: 'viewer' });
    await viewer.get(`/api/meetings/${meetingId}`).expect(200);
  });
});
