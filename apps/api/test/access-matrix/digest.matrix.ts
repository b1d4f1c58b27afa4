import { allow, MatrixContext, MatrixRow } from './matrix.types';

/** A dated KP steering-group meeting, made by management. */
async function kpMeeting(ctx: MatrixContext): Promise<{ id: string }> {
  const res = await ctx.as('management').post('/api/meetings').send({ regionId: ctx.org.regions['KP'], body: 'regional_steering_group', date: '2041-03-12' });
  if (res.status !== 201) throw new Error(`fixture: meeting ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The meeting digest: making it again is limited like writing the meeting (a planner only in their region). */
export const MATRIX: MatrixRow[] = [
  {
    route: 'POST /api/meetings/:id/digest/generate',
    request: async (ctx) => ({ path: `/api/meetings/${(await kpMeeting(ctx)).id}/digest/generate` }),
    expect: allow(['admin', 'management', 'planner_KP'], 200),
  },
];
