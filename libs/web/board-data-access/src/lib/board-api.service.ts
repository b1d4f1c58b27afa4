import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CommentDto, CreateCommentDto, DashboardDto, DashboardFocusAreaEntriesDto, RegionDto, StrategyMapAxis, StrategyMapDto } from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';

/** The filters of the board page; every field optional (the API picks the defaults). */
export interface BoardFilters {
  strategyId?: string | null;
  year?: number | null;
  regionId?: string | null;
  /** Judge the figures as of this day (`YYYY-MM-DD`): what was true then (default: today). */
  asOf?: string | null;
}

/** A day as the API takes it (`YYYY-MM-DD`), or null for anything else in the address. */
export function asOfParam(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const day = new Date(`${value}T00:00:00Z`);
  // a day that does not exist (2020-02-30) rolls over to another: refused
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value ? value : null;
}

/** The filters in the board's address (`?strategyId=&year=&regionId=&asOf=`); what is missing or malformed is left to the API's defaults. */
export function boardFiltersFrom(query: { get(name: string): string | null }): BoardFilters {
  const year = Number(query.get('year'));
  return {
    strategyId: query.get('strategyId'),
    year: Number.isInteger(year) && year > 0 ? year : null,
    regionId: query.get('regionId'),
    asOf: asOfParam(query.get('asOf')),
  };
}

/** Query parameters for the filters, leaving out what is not set (so the API's defaults apply). */
export function boardParams(filters: BoardFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.strategyId) params['strategyId'] = filters.strategyId;
  if (filters.year) params['year'] = String(filters.year);
  if (filters.regionId) params['regionId'] = filters.regionId;
  if (filters.asOf) params['asOf'] = filters.asOf;
  return params;
}

/** The board pack's address: a plain link, so the browser downloads it with the session cookie. */
export function boardPackUrl(filters: BoardFilters, lang: string): string {
  const params = new URLSearchParams({ ...boardParams(filters), lang: ['fi', 'sv', 'en'].includes(lang) ? lang : 'fi' });
  return `/api/dashboard/board-pack.pdf?${params.toString()}`;
}

/** How long a prefetched board answer may wait for its page (beyond this, the page asks again). */
const PREFETCH_FRESH_MS = 10_000;

/** The dashboard API (`/api/dashboard`), promise-based for use with signals. */
@Injectable({ providedIn: 'root' })
export class BoardApi {
  private readonly http = inject(HttpClient);
  private prefetched?: { params: string; startedAt: number; answer: Promise<DashboardDto> };

  /**
   * The board's page for these filters. A request that `prefetchDashboard` started for the same
   * filters moments ago is taken over instead of asking again.
   */
  dashboard(filters: BoardFilters): Promise<DashboardDto> {
    const params = new HttpParams({ fromObject: boardParams(filters) });
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    if (prefetched && prefetched.params === params.toString() && Date.now() - prefetched.startedAt < PREFETCH_FRESH_MS) {
      return prefetched.answer;
    }
    return this.fetchDashboard(params);
  }

  /**
   * Starts the board's request while the page's own code is still loading (the board route calls
   * it as the route is entered), so the answer and the code arrive together instead of one after
   * the other (issue 16: the board's first chart). The page's first `dashboard(filters)` takes it.
   */
  prefetchDashboard(filters: BoardFilters): void {
    const params = new HttpParams({ fromObject: boardParams(filters) });
    const answer = this.fetchDashboard(params);
    answer.catch(() => undefined); // a failure is the page's to show, when it takes the request over
    this.prefetched = { params: params.toString(), startedAt: Date.now(), answer };
  }

  private fetchDashboard(params: HttpParams): Promise<DashboardDto> {
    return firstValueFrom(this.http.get<DashboardDto>('/api/dashboard', { params }));
  }

  /** The strategy map (`/api/dashboard/strategy-map`): focus areas × regions or × years for the same filters. */
  strategyMap(filters: BoardFilters, axis: StrategyMapAxis): Promise<StrategyMapDto> {
    return firstValueFrom(this.http.get<StrategyMapDto>('/api/dashboard/strategy-map', { params: new HttpParams({ fromObject: { ...boardParams(filters), axis } }) }));
  }

  focusAreaEntries(focusAreaId: string, year: number, regionId: string | null, asOf: string | null = null): Promise<DashboardFocusAreaEntriesDto> {
    const params: Record<string, string> = { year: String(year) };
    if (regionId) params['regionId'] = regionId;
    if (asOf) params['asOf'] = asOf;
    return firstValueFrom(this.http.get<DashboardFocusAreaEntriesDto>(`/api/dashboard/focus-areas/${encodeURIComponent(focusAreaId)}/entries`, { params }));
  }

  /** The organization's regions, for their localized names (the drill-down's rows carry codes). */
  regions(): Promise<RegionDto[]> {
    return firstValueFrom(this.http.get<RegionDto[]>('/api/regions'));
  }

  /** Comments on a focus area for a year (`/api/comments`), oldest first. */
  comments(focusAreaId: string, year: number, regionId: string | null): Promise<CommentDto[]> {
    const params: Record<string, string> = { focusAreaId, year: String(year) };
    if (regionId) params['regionId'] = regionId;
    return firstValueFrom(this.http.get<CommentDto[]>('/api/comments', { params }));
  }

  postComment(dto: CreateCommentDto): Promise<CommentDto> {
    return firstValueFrom(this.http.post<CommentDto>('/api/comments', dto));
  }

  /** 409 when the comment changed since `version` was read. */
  editComment(id: string, body: string, version: number): Promise<CommentDto> {
    return firstValueFrom(this.http.patch<CommentDto>(`/api/comments/${encodeURIComponent(id)}`, { body, version }));
  }

  deleteComment(id: string, version: number): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/comments/${encodeURIComponent(id)}`, { params: { version: String(version) } }));
  }
}
