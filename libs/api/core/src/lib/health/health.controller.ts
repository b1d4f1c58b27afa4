import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../access/access.decorators';

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

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness and database reachability', description: '200 with status "ok" when PostgreSQL answers; 503 otherwise.' })
  check() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 3000 })]);
  }

  @Get('live')
  @Public()
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness: the process answers', description: 'No database query: restart the process only when this fails.' })
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary: 'Readiness: the database answers',
    description: '200 when PostgreSQL answers, 503 otherwise; one query, its answer reused for one second. Send traffic only while this is 200.',
  })
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
