import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { GetRoute } from '../http/route.decorators';

/** A readiness answer is reused for this long, so a busy load balancer costs at most one query a second. */
export const READY_CACHE_MS = 1000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  private ready: { at: number; result: Promise<HealthCheckResult> } | undefined;

  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @GetRoute({ access: 'public', summary: 'Liveness and database reachability', description: '200 with status "ok" when PostgreSQL answers; 503 otherwise.' })
  @HealthCheck()
  check() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 3000 })]);
  }

  @GetRoute('live', { access: 'public', summary: 'Liveness: the process answers', description: 'No database query: restart the process only when this fails.' })
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @GetRoute('ready', {
    access: 'public',
    summary: 'Readiness: the database answers',
    description: '200 when PostgreSQL answers, 503 otherwise; one query, its answer reused for one second. Send traffic only while this is 200.',
  })
  @HealthCheck()
  readiness() {
    const now = Date.now();
    if (!this.ready || now - this.ready.at >= READY_CACHE_MS) {
      // Caching the promise also makes concurrent probes share one query.
      const result = this.health.check([() => this.db.pingCheck('database', { timeout: 3000 })]);
      result.catch(() => undefined);
      this.ready = { at: now, result };
    }
    return this.ready.result;
  }
}
