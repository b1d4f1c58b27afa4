import type { IndicatorGender, IndicatorMetadata, ThlText } from '@suunta/shared-domain';

/**
 * THL Sotkanet REST API 1.1 (https://sotkanet.fi/rest/1.1), the parts Suunta uses:
 *
 * - `GET /indicators/{id}` → `{ id, title: {fi,sv,en}, description, interpretation, source|organization,
 *   primaryValueType: { title }, decimals, range: { start, end } … }`
 * - `GET /regions` → `[{ id, title: {fi,sv,en}, code, category }]` (category e.g. `MAAKUNTA`)
 * - `GET /json?indicator=ID&years=Y&years=Y2&genders=total` → `[{ indicator, region, year, gender, value, absValue? }]`
 *
 * Every request has a timeout; any failure (network, timeout, HTTP status, not JSON, wrong shape)
 * becomes a {@link SotkanetError} whose message says what went wrong and where.
 */
export class SotkanetError extends Error {}

export interface SotkanetMetadata extends IndicatorMetadata {
  id: number;
}

export interface SotkanetRegion {
  id: number;
  title: ThlText;
  code: string;
  category: string;
}

export interface SotkanetDatum {
  indicator: number;
  region: number;
  year: number;
  gender: IndicatorGender;
  value: number;
  absValue: number | null;
}

type Json = Record<string, unknown>;

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

/** THL's `{fi, sv, en}` objects (a plain string counts as Finnish). */
export function localized(v: unknown): ThlText | null {
  if (typeof v === 'string') return v.trim() ? { fi: v, sv: null, en: null } : null;
  if (!v || typeof v !== 'object') return null;
  const o = v as Json;
  const t = { fi: text(o['fi']), sv: text(o['sv']), en: text(o['en']) };
  return t.fi || t.sv || t.en ? t : null;
}

function int(v: unknown): number | null {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export class SotkanetClient {
  private readonly base: string;

  constructor(baseUrl: string, private readonly timeoutMs: number) {
    this.base = baseUrl.replace(/\/+$/, '');
  }

  async metadata(indicatorId: number): Promise<SotkanetMetadata> {
    const o = await this.get(`/indicators/${indicatorId}`);
    if (!o || typeof o !== 'object' || Array.isArray(o)) throw new SotkanetError(`Sotkanet /indicators/${indicatorId}: not an indicator object`);
    const m = o as Json;
    const title = localized(m['title']);
    if (!title) throw new SotkanetError(`Sotkanet /indicators/${indicatorId}: no title`);
    const range = (m['range'] ?? {}) as Json;
    const unitObj = m['primaryValueType'] as Json | undefined;
    const unit = text(m['unit']) ?? localized(unitObj?.['title'])?.fi ?? null;
    return {
      id: int(m['id']) ?? indicatorId,
      title,
      description: localized(m['description']),
      interpretation: localized(m['interpretation']),
      source: localized(m['source']) ?? localized((m['organization'] as Json | undefined)?.['title']),
      unit,
      decimals: int(m['decimals']),
      rangeStart: int(range['start']),
      rangeEnd: int(range['end']),
    };
  }

  async regions(): Promise<SotkanetRegion[]> {
    const list = await this.get('/regions');
    if (!Array.isArray(list)) throw new SotkanetError('Sotkanet /regions: not a list');
    return list.flatMap((r: Json) => {
      const id = int(r['id']);
      const code = r['code'] === undefined || r['code'] === null ? null : String(r['code']);
      const category = text(r['category']);
      return id !== null && code !== null && category ? [{ id, code, category, title: localized(r['title']) ?? { fi: code, sv: null, en: null } }] : [];
    });
  }

  /** Values of one indicator for the years asked (gender `total`), every region Sotkanet has. */
  async data(indicatorId: number, years: number[]): Promise<SotkanetDatum[]> {
    const query = new URLSearchParams([['indicator', String(indicatorId)], ...years.map((y): [string, string] => ['years', String(y)]), ['genders', 'total']]);
    const list = await this.get(`/json?${query.toString()}`);
    if (!Array.isArray(list)) throw new SotkanetError(`Sotkanet /json?indicator=${indicatorId}: not a list`);
    return list.flatMap((d: Json) => {
      const region = int(d['region']);
      const year = int(d['year']);
      const value = num(d['value']);
      const gender = d['gender'] === 'male' || d['gender'] === 'female' ? d['gender'] : 'total';
      if (region === null || year === null || value === null) return []; // Sotkanet omits hidden figures' value
      return [{ indicator: int(d['indicator']) ?? indicatorId, region, year, gender, value, absValue: num(d['absValue'] ?? d['absolute_value']) }];
    });
  }

  private async get(path: string): Promise<unknown> {
    const url = `${this.base}${path}`;
    let res: Response;
    try {
      res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      const e = error as Error & { cause?: { code?: string; message?: string } };
      const reason = e.name === 'TimeoutError' ? `no answer within ${Math.round(this.timeoutMs / 1000)} s` : e.cause?.code ?? e.cause?.message ?? e.message;
      throw new SotkanetError(`Sotkanet ${url}: ${reason}`);
    }
    if (!res.ok) throw new SotkanetError(`Sotkanet ${url}: HTTP ${res.status}`);
    try {
      return await res.json();
    } catch {
      throw new SotkanetError(`Sotkanet ${url}: the answer is not JSON`);
    }
  }
}
