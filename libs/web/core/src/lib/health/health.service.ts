import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { HealthDto } from '@suunta/shared-domain';
import { catchError, map, Observable, of } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class HealthService {
  private readonly http = inject(HttpClient);

  /** `true` when the API answers and reports its database up. */
  databaseUp(): Observable<boolean> {
    return this.http.get<HealthDto>('/api/health').pipe(
      map((h) => h.status === 'ok' && h.info?.['database']?.status === 'up'),
      catchError(() => of(false)),
    );
  }
}
