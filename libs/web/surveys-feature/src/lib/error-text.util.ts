import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorMessage } from '@suunta/web-core';

/** The error worded from its code and fields in the page's language (never the API's English). */
export function apiErrorText(error: unknown): string | null {
  return apiErrorMessage(error);
}

export function apiStatus(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}
