import { createStrategyFixture } from '../support/plans-fixtures';
import { allow, everyone, MatrixContext, MatrixRow } from './matrix.types';

/** A criterion of its own per request: setting a duty consumes it (a second set needs the version). */
async function criterion(ctx: MatrixContext): Promise<string> {
  return (await createStrategyFixture(ctx.t, ctx.org.organizationId)).criteria.meetings;
}

/** A fresh duty set by management, for the row that clears one. */
async function duty(ctx: MatrixContext): Promise<{ id: string; version: number }> {
  const res = await ctx.as('management').put('/api/reminders/duties').send({ subjectKind: 'criterion', subjectId: await criterion(ctx), ownerRole: 'planner', cadence: 'monthly' });
  if (res.status !== 200) throw new Error(`fixture: reminder duty ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const WRITERS = ['admin', 'management'] as const;

export const MATRIX: MatrixRow[] = [
  {
    route: 'PUT /api/reminders/duties',
    request: async (ctx) => ({ path: '/api/reminders/duties', body: { subjectKind: 'criterion', subjectId: await criterion(ctx), ownerRole: 'planner', cadence: 'before_meeting' } }),
    expect: allow([...WRITERS], 200),
  },
  {
    route: 'DELETE /api/reminders/duties/:id',
    request: async (ctx) => {
      const d = await duty(ctx);
      return { path: `/api/reminders/duties/${d.id}?version=${d.version}` };
    },
    expect: allow([...WRITERS], 204),
  },
  {
    route: 'PUT /api/reminders/settings',
    request: async (ctx) => {
      const current = await ctx.as('management').get('/api/reminders/settings');
      return { path: '/api/reminders/settings', body: { leadDays: 5, version: current.body.version } };
    },
    expect: allow([...WRITERS], 200),
  },
  {
    // Public (the link in a reminder mail); a token nobody was mailed is refused alike for everyone.
    route: 'POST /api/reminders/subscription',
    request: async () => ({ path: '/api/reminders/subscription', body: { token: 'no-such-token', action: 'snooze' } }),
    expect: everyone(400),
  },
];
