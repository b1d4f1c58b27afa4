export type HealthState = 'ok' | 'error' | 'shutting_down';

/** The shape of `GET /api/health` (Terminus' result, narrowed to what the UI reads). */
export interface HealthDto {
  status: HealthState;
  info?: Record<string, { status: string }>;
  error?: Record<string, { status: string; message?: string }>;
}
