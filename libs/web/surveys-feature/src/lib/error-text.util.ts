import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@suunta/shared-domain';

/** The API's own message (it names the line, cell or field), or null for network failures. */
export function apiErrorText(error: unknown): string | null {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as Partial<ApiErrorBody> | null;
    return typeof body?.message === 'string' ? body.message : null;
  }
  return null;
}

export function apiStatus(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}
