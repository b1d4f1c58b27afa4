import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ArchiveImportResultDto, ArchivePreviewDto, StrategySummaryDto } from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';

/** The archive's endpoints (`/api/archive`), and the list of strategies to export. */
@Injectable({ providedIn: 'root' })
export class ArchiveApi {
  private readonly http = inject(HttpClient);

  strategies(): Promise<StrategySummaryDto[]> {
    return firstValueFrom(this.http.get<StrategySummaryDto[]>('/api/strategies'));
  }

  /** Downloads are plain links (the session cookie goes with them): these are their addresses. */
  archiveUrl(strategyId: string): string {
    return `/api/archive/strategies/${encodeURIComponent(strategyId)}`;
  }

  stratmlUrl(strategyId: string): string {
    return `/api/archive/strategies/${encodeURIComponent(strategyId)}/stratml`;
  }

  preview(archive: unknown): Promise<ArchivePreviewDto> {
    return firstValueFrom(this.http.post<ArchivePreviewDto>('/api/archive/import/preview', archive));
  }

  import(archive: unknown): Promise<ArchiveImportResultDto> {
    return firstValueFrom(this.http.post<ArchiveImportResultDto>('/api/archive/import', archive));
  }
}
