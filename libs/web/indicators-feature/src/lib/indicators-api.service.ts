import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateIndicatorChoiceDto,
  IndicatorChoiceDto,
  IndicatorCsvPreviewDto,
  IndicatorFocusAreaOptionDto,
  IndicatorRegionDto,
  IndicatorSyncStartedDto,
  UpdateIndicatorRegionDto,
} from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';

/** The context indicators' endpoints (`/api/indicators`). */
@Injectable({ providedIn: 'root' })
export class IndicatorsApi {
  private readonly http = inject(HttpClient);

  list(): Promise<IndicatorChoiceDto[]> {
    return firstValueFrom(this.http.get<IndicatorChoiceDto[]>('/api/indicators'));
  }

  focusAreas(): Promise<IndicatorFocusAreaOptionDto[]> {
    return firstValueFrom(this.http.get<IndicatorFocusAreaOptionDto[]>('/api/indicators/focus-area-options'));
  }

  regions(): Promise<IndicatorRegionDto[]> {
    return firstValueFrom(this.http.get<IndicatorRegionDto[]>('/api/indicators/regions'));
  }

  create(dto: CreateIndicatorChoiceDto): Promise<IndicatorChoiceDto> {
    return firstValueFrom(this.http.post<IndicatorChoiceDto>('/api/indicators', dto));
  }

  link(id: string, focusAreaId: string | null, version: number): Promise<IndicatorChoiceDto> {
    return firstValueFrom(this.http.patch<IndicatorChoiceDto>(`/api/indicators/${id}`, { focusAreaId, version }));
  }

  remove(id: string, version: number): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/indicators/${id}`, { params: { version } }));
  }

  updateRegion(regionId: string, dto: UpdateIndicatorRegionDto): Promise<IndicatorRegionDto> {
    return firstValueFrom(this.http.put<IndicatorRegionDto>(`/api/indicators/regions/${regionId}`, dto));
  }

  sync(): Promise<IndicatorSyncStartedDto> {
    return firstValueFrom(this.http.post<IndicatorSyncStartedDto>('/api/indicators/sync', {}));
  }

  uploadCsv(csv: string, dryRun: boolean): Promise<IndicatorCsvPreviewDto> {
    return firstValueFrom(this.http.post<IndicatorCsvPreviewDto>('/api/indicators/csv', { csv, dryRun }));
  }
}
