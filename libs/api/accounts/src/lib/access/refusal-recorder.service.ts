import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@suunta/api-core';
import { DataSource } from 'typeorm';
import type { AuthenticatedRequest } from '../session/session.types';

/**
 * Records refused access (403) in the audit trail. Written in its own transaction: the refused
 * change, if any, is rolled back, the record of the refusal is not.
 */
@Injectable()
export class RefusalRecorder {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(req: AuthenticatedRequest, reason: string): Promise<void> {
    const user = req.user;
    try {
      await this.audit.record(
        this.dataSource.manager,
        user ?? { system: 'anonymous' },
        {
          entityType: 'access',
          entityId: null,
          action: 'access_denied',
          after: { method: req.method, path: req.originalUrl.split('?')[0], route: routePattern(req), reason },
        },
        { ip: req.ip ?? null },
      );
    } catch (error) {
      // The 403 stands even if the trail cannot be written; the failure is logged.
      this.logger.error(`Could not record a refused access: ${(error as Error).message}`);
    }
  }
}

function routePattern(req: AuthenticatedRequest): string | null {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? `${req.baseUrl}${path}` : null;
}
