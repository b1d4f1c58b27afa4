import { smallReport } from '../surveys/webropol-fixture';
import { allow, MatrixContext, MatrixRow } from './matrix.types';

let counter = 0;
const unique = () => `matrix-${Date.now()}-${counter++}`;

/** A fresh Keski-Pohjanmaa survey imported by management, for rows that change or remove one. */
async function kpSurvey(ctx: MatrixContext): Promise<{ id: string; version: number }> {
  const res = await ctx
    .as('management')
    .post('/api/surveys/import')
    .send({ mode: 'commit', format: 'webropol-report', content: smallReport(unique()), regionId: ctx.org.regions['KP'] });
  if (res.status !== 201) throw new Error(`fixture: survey import answered ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.survey.id, version: res.body.survey.version };
}

export const MATRIX: MatrixRow[] = [
  {
    route: 'POST /api/surveys/import',
    request: async (ctx) => ({
      path: '/api/surveys/import',
      body: { mode: 'commit', format: 'webropol-report', content: smallReport(unique()), regionId: ctx.org.regions['KP'] },
    }),
    // planner_PO may import only in Pohjanmaa
    expect: allow(['admin', 'management', 'planner_KP'], 201),
  },
  {
    route: 'PATCH /api/surveys/:id',
    request: async (ctx) => {
      const survey = await kpSurvey(ctx);
      return { path: `/api/surveys/${survey.id}`, body: { version: survey.version, title: 'Muokattu otsikko' } };
    },
    expect: allow(['admin', 'management', 'planner_KP'], 200),
  },
  {
    route: 'DELETE /api/surveys/:id',
    request: async (ctx) => {
      const survey = await kpSurvey(ctx);
      return { path: `/api/surveys/${survey.id}?version=${survey.version}` };
    },
    expect: allow(['admin', 'management', 'planner_KP'], 204),
  },
];
