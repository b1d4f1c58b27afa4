import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { BoardFilters, CommentDto, CreateCommentDto, DashboardDto, DashboardFocusAreaEntriesDto, RegionDto, StrategyMapAxis, StrategyMapDto } from '@suunta/shared-domain';
import { boardParams, dashboardRequestPath } from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';

// The board's filters and its request's address are shared with the API's web server, which
// names that request in the page's HTML (shared-domain `pageStartRequests`).
export { asOfParam, boardFiltersFrom, boardParams, type BoardFilters } from '@suunta/shared-domain';

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
  private prefetched?: { path: string; startedAt: number; answer: Promise<DashboardDto> };

  /**
   * The board's page for these filters. A request that `prefetchDashboard` started for the same
   * filters moments ago is taken over instead of asking again.
   */
  dashboard(filters: BoardFilters): Promise<DashboardDto> {
    const path = dashboardRequestPath(filters);
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    if (prefetched && prefetched.path === path && Date.now() - prefetched.startedAt < PREFETCH_FRESH_MS) {
      return prefetched.answer;
    }
    return this.fetchDashboard(path);
  }

  /**
   * Starts the board's request while the page's own code is still loading (the board route calls
   * it as the route is entered), so the answer and the code arrive together instead of one after
   * the other (issue 16: the board's first chart). The page's first `dashboard(filters)` takes it.
   */
  prefetchDashboard(filters: BoardFilters): void {
    const path = dashboardRequestPath(filters);
    const answer = this.fetchDashboard(path);
    answer.catch(() => undefined); // a failure is the page's to show, when it takes the request over
    this.prefetched = { path, startedAt: Date.now(), answer };
  }

  /**
   * By the address the API's web server names in the board's HTML (shared-domain
   * `pageStartRequests`), query string and all: the browser then hands over the answer it
   * preloaded with the page instead of asking again.
   */
  private fetchDashboard(path: string): Promise<DashboardDto> {
    return firstValueFrom(this.http.get<DashboardDto>(path));
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
