import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ApprovePlanInput,
  ChangeActionStatusInput,
  ClosePlanInput,
  CorrectProgressEntryInput,
  CreatePlanActionInput,
  CreatePlanInput,
  CreatePlanThemeInput,
  CreateProgressEntryInput,
  PlanDto,
  PlanOptionsDto,
  PlanRollupDto,
  PlanSummaryDto,
  ProgressAuthorDto,
  ProgressEntryDetailDto,
  ProgressEntryPageDto,
  ProgressQuery,
  ProgressTargetDto,
  RegionDto,
  ReopenPlanInput,
  RetractProgressEntryInput,
  UpdatePlanActionInput,
  UpdatePlanThemeInput,
} from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';

/** Query parameters without empty values. */
export function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** The plans API (`/api/plans`), promise-based for use with signals. */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  private readonly http = inject(HttpClient);
  private readonly get$ = <T>(url: string, params?: HttpParams) => firstValueFrom(this.http.get<T>(url, { params }));

  list(): Promise<PlanSummaryDto[]> {
    return this.get$('/api/plans');
  }
  get(id: string): Promise<PlanDto> {
    return this.get$(`/api/plans/${encodeURIComponent(id)}`);
  }
  options(strategyId?: string): Promise<PlanOptionsDto> {
    return this.get$('/api/plans/options', toParams({ strategyId }));
  }
  regions(): Promise<RegionDto[]> {
    return this.get$('/api/regions');
  }
  rollup(id: string, query: { regionId?: string | null; asOf?: string } = {}): Promise<PlanRollupDto> {
    return this.get$(`/api/plans/${encodeURIComponent(id)}/rollup`, toParams(query));
  }
  approve(id: string, body: ApprovePlanInput): Promise<PlanDto> {
    return firstValueFrom(this.http.post<PlanDto>(`/api/plans/${encodeURIComponent(id)}/approve`, body));
  }
  reopen(id: string, body: ReopenPlanInput): Promise<PlanDto> {
    return firstValueFrom(this.http.post<PlanDto>(`/api/plans/${encodeURIComponent(id)}/reopen`, body));
  }
  create(body: CreatePlanInput): Promise<PlanDto> {
    return firstValueFrom(this.http.post<PlanDto>('/api/plans', body));
  }
  close(id: string, body: ClosePlanInput): Promise<PlanDto> {
    return firstValueFrom(this.http.post<PlanDto>(`/api/plans/${encodeURIComponent(id)}/close`, body));
  }
  addTheme(planId: string, body: CreatePlanThemeInput): Promise<PlanDto> {
    return firstValueFrom(this.http.post<PlanDto>(`/api/plans/${encodeURIComponent(planId)}/themes`, body));
  }
  updateTheme(planId: string, themeId: string, body: UpdatePlanThemeInput): Promise<PlanDto> {
    return firstValueFrom(this.http.patch<PlanDto>(`/api/plans/${encodeURIComponent(planId)}/themes/${encodeURIComponent(themeId)}`, body));
  }
  /** Deletes a theme (204), then reads the plan again. */
  async deleteTheme(planId: string, themeId: string): Promise<PlanDto> {
    await firstValueFrom(this.http.delete<void>(`/api/plans/${encodeURIComponent(planId)}/themes/${encodeURIComponent(themeId)}`));
    return this.get(planId);
  }
  copyForward(id: string): Promise<PlanDto> {
    return firstValueFrom(this.http.post<PlanDto>(`/api/plans/${encodeURIComponent(id)}/next`, {}));
  }
  createAction(planId: string, body: CreatePlanActionInput): Promise<PlanDto> {
    return firstValueFrom(this.http.post<PlanDto>(`/api/plans/${encodeURIComponent(planId)}/actions`, body));
  }
  updateAction(planId: string, actionId: string, body: UpdatePlanActionInput): Promise<PlanDto> {
    return firstValueFrom(this.http.patch<PlanDto>(`/api/plans/${encodeURIComponent(planId)}/actions/${encodeURIComponent(actionId)}`, body));
  }
  changeStatus(planId: string, actionId: string, body: ChangeActionStatusInput): Promise<PlanDto> {
    return firstValueFrom(this.http.post<PlanDto>(`/api/plans/${encodeURIComponent(planId)}/actions/${encodeURIComponent(actionId)}/status`, body));
  }
}

/** The progress log API (`/api/progress-entries`). */
@Injectable({ providedIn: 'root' })
export class ProgressApi {
  private readonly http = inject(HttpClient);

  list(query: ProgressQuery): Promise<ProgressEntryPageDto> {
    return firstValueFrom(this.http.get<ProgressEntryPageDto>('/api/progress-entries', { params: toParams(query) }));
  }
  /** The URL of the CSV export for the same filters (a plain link: the browser downloads it). */
  exportUrl(query: ProgressQuery): string {
    const params = toParams({ ...query, limit: undefined, offset: undefined }).toString();
    return `/api/progress-entries/export.csv${params ? `?${params}` : ''}`;
  }
  targets(query: { regionId?: string | null; q?: string | null; year?: number | null }): Promise<ProgressTargetDto[]> {
    return firstValueFrom(this.http.get<ProgressTargetDto[]>('/api/progress-entries/targets', { params: toParams(query) }));
  }
  authors(): Promise<ProgressAuthorDto[]> {
    return firstValueFrom(this.http.get<ProgressAuthorDto[]>('/api/progress-entries/authors'));
  }
  create(body: CreateProgressEntryInput): Promise<ProgressEntryDetailDto> {
    return firstValueFrom(this.http.post<ProgressEntryDetailDto>('/api/progress-entries', body));
  }
  /** The entry with its revision history. */
  get(id: string): Promise<ProgressEntryDetailDto> {
    return firstValueFrom(this.http.get<ProgressEntryDetailDto>(`/api/progress-entries/${encodeURIComponent(id)}`));
  }
  correct(id: string, body: CorrectProgressEntryInput): Promise<ProgressEntryDetailDto> {
    return firstValueFrom(this.http.patch<ProgressEntryDetailDto>(`/api/progress-entries/${encodeURIComponent(id)}`, body));
  }
  retract(id: string, body: RetractProgressEntryInput): Promise<ProgressEntryDetailDto> {
    return firstValueFrom(this.http.post<ProgressEntryDetailDto>(`/api/progress-entries/${encodeURIComponent(id)}/retract`, body));
  }
}
