import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  RegionDto,
  SurveyDetailDto,
  SurveyFocusAreaRefDto,
  SurveyImportCommitDto,
  SurveyImportPreviewDto,
  SurveyImportRequest,
  SurveyListQuery,
  SurveySeriesDto,
  SurveySummaryDto,
  UpdateSurveyRequest,
} from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';

/** The surveys API (`/api/surveys`), promise-based for use with signals. */
@Injectable({ providedIn: 'root' })
export class SurveysApi {
  private readonly http = inject(HttpClient);

  list(query: SurveyListQuery = {}): Promise<SurveySummaryDto[]> {
    let params = new HttpParams();
    if (query.regionId) params = params.set('regionId', query.regionId);
    if (query.year) params = params.set('year', String(query.year));
    if (query.focusAreaId) params = params.set('focusAreaId', query.focusAreaId);
    return firstValueFrom(this.http.get<SurveySummaryDto[]>('/api/surveys', { params }));
  }

  get(id: string): Promise<SurveyDetailDto> {
    return firstValueFrom(this.http.get<SurveyDetailDto>(`/api/surveys/${encodeURIComponent(id)}`));
  }

  preview(request: Omit<SurveyImportRequest, 'mode'>): Promise<SurveyImportPreviewDto> {
    return firstValueFrom(this.http.post<SurveyImportPreviewDto>('/api/surveys/import', { ...request, mode: 'preview' }));
  }

  commit(request: Omit<SurveyImportRequest, 'mode'>): Promise<SurveyImportCommitDto> {
    return firstValueFrom(this.http.post<SurveyImportCommitDto>('/api/surveys/import', { ...request, mode: 'commit' }));
  }

  update(id: string, body: UpdateSurveyRequest): Promise<SurveyDetailDto> {
    return firstValueFrom(this.http.patch<SurveyDetailDto>(`/api/surveys/${encodeURIComponent(id)}`, body));
  }

  remove(id: string, version: number): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/surveys/${encodeURIComponent(id)}`, { params: { version: String(version) } }));
  }

  measuredFocusAreas(): Promise<SurveyFocusAreaRefDto[]> {
    return firstValueFrom(this.http.get<SurveyFocusAreaRefDto[]>('/api/surveys/focus-areas'));
  }

  focusAreaOptions(year: number | null): Promise<SurveyFocusAreaRefDto[]> {
    const params: Record<string, string> = year ? { year: String(year) } : {};
    return firstValueFrom(this.http.get<SurveyFocusAreaRefDto[]>('/api/surveys/focus-area-options', { params }));
  }

  series(focusAreaId: string, lineage = true): Promise<SurveySeriesDto> {
    return firstValueFrom(
      this.http.get<SurveySeriesDto>('/api/surveys/series', { params: { focusAreaId, lineage: String(lineage) } }),
    );
  }

  regions(): Promise<RegionDto[]> {
    return firstValueFrom(this.http.get<RegionDto[]>('/api/regions'));
  }
}
