import { CallHandler, ExecutionContext, HttpException, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { catchError, from, Observable, switchMap, throwError } from 'rxjs';
import type { AuthenticatedRequest } from '../session/session.types';
import { RefusalRecorder } from './refusal-recorder.service';

/**
 * Records the 403s that services raise (e.g. `assertCanWriteRegion` for a planner outside their
 * regions). The guard records its own refusals; this catches those thrown past it.
 */
@Injectable()
export class RefusedAccessInterceptor implements NestInterceptor {
  constructor(private readonly refusals: RefusalRecorder) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        // Any 403: Nest's ForbiddenException and the coded ones (`domainError('region_forbidden', 403, …)`).
        if (!(error instanceof HttpException && error.getStatus() === HttpStatus.FORBIDDEN)) {
          return throwError(() => error);
        }
        const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
        return from(this.refusals.record(req, error.message)).pipe(switchMap(() => throwError(() => error)));
      }),
    );
  }
}
