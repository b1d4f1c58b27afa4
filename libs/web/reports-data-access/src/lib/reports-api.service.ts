import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AnnualReportDto,
  AnnualReportSectionDto,
  AnnualReportSummaryDto,
  RegionDto,
  ReportExportFormat,
  ReportSectionConflictDto,
  ReportSectionEvidenceDto,
  SaveReportSectionRequest,
  StartAnnualReportRequest,
  UpdateAnnualReportRequest,
} from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';

export type SectionSaveResult = { kind: 'saved'; section: AnnualReportSectionDto } | { kind: 'conflict'; current: ReportSectionConflictDto };

/** The annual-report endpoints of the API (`/api/annual-reports`, `/api/regions`). */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  regions(): Promise<RegionDto[]> {
    return firstValueFrom(this.http.get<RegionDto[]>('/api/regions'));
  }

  list(query: { regionId?: string; year?: number } = {}): Promise<AnnualReportSummaryDto[]> {
    const params: Record<string, string> = {};
    if (query.regionId) params['regionId'] = query.regionId;
    if (query.year) params['year'] = String(query.year);
    return firstValueFrom(this.http.get<AnnualReportSummaryDto[]>('/api/annual-reports', { params }));
  }

  get(id: string): Promise<AnnualReportDto> {
    return firstValueFrom(this.http.get<AnnualReportDto>(`/api/annual-reports/${id}`));
  }

  evidence(id: string): Promise<ReportSectionEvidenceDto[]> {
    return firstValueFrom(this.http.get<ReportSectionEvidenceDto[]>(`/api/annual-reports/${id}/evidence`));
  }

  start(body: StartAnnualReportRequest): Promise<AnnualReportDto> {
    return firstValueFrom(this.http.post<AnnualReportDto>('/api/annual-reports', body));
  }

  update(id: string, body: UpdateAnnualReportRequest): Promise<AnnualReportDto> {
    return firstValueFrom(this.http.patch<AnnualReportDto>(`/api/annual-reports/${id}`, body));
  }

  /** A 409 is an answer here, not an error: it carries the other person's text. */
  async saveSection(reportId: string, sectionId: string, body: SaveReportSectionRequest): Promise<SectionSaveResult> {
    try {
      const section = await firstValueFrom(this.http.put<AnnualReportSectionDto>(`/api/annual-reports/${reportId}/sections/${sectionId}`, body));
      return { kind: 'saved', section };
    } catch (e) {
      if (e instanceof HttpErrorResponse && e.status === 409 && e.error?.current) {
        return { kind: 'conflict', current: e.error.current as ReportSectionConflictDto };
      }
      throw e;
    }
  }

  redraft(id: string): Promise<AnnualReportDto> {
    return firstValueFrom(this.http.post<AnnualReportDto>(`/api/annual-reports/${id}/redraft`, {}));
  }

  submit(id: string): Promise<AnnualReportDto> {
    return firstValueFrom(this.http.post<AnnualReportDto>(`/api/annual-reports/${id}/submit`, {}));
  }

  approve(id: string): Promise<AnnualReportDto> {
    return firstValueFrom(this.http.post<AnnualReportDto>(`/api/annual-reports/${id}/approve`, {}));
  }

  reopen(id: string, reason: string): Promise<AnnualReportDto> {
    return firstValueFrom(this.http.post<AnnualReportDto>(`/api/annual-reports/${id}/reopen`, { reason }));
  }

  /** A planner asks management to reopen an approved report (shown to them on the report). */
  requestReopen(id: string, message: string): Promise<AnnualReportDto> {
    return firstValueFrom(this.http.post<AnnualReportDto>(`/api/annual-reports/${id}/reopen-requests`, { message }));
  }

  exportUrl(id: string, format: ReportExportFormat): string {
    return `/api/annual-reports/${id}/export?format=${format}`;
  }
}
