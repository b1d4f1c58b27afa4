import { Controller, ForbiddenException, Get, Headers, Header, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Environment, Public } from '@suunta/api-core';
import type { FastifyReply } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { MetricsService } from './metrics.service';

/**
 * Prometheus metrics. Off (404, as if absent) unless METRICS_TOKEN is set; then the scraper sends
 * `Authorization: Bearer <METRICS_TOKEN>` (none → 401, a wrong one → 403). No session: a
 * scraper is not a user, so the route is `@Public()` for the session guard and checks the token here.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly env: Environment,
    private readonly metrics: MetricsService,
  ) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'no-store')
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: FastifyReply): Promise<void> {
    const token = this.env.METRICS_TOKEN;
    if (!token) throw new NotFoundException('Cannot GET /api/metrics');
    const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
    if (!match) throw new UnauthorizedException('Send the metrics token as Authorization: Bearer <METRICS_TOKEN>');
    // Compare digests: equal length, constant time.
    const digest = (s: string) => createHash('sha256').update(s).digest();
    if (!timingSafeEqual(digest(match[1].trim()), digest(token))) throw new ForbiddenException('Wrong metrics token');
    res.header('Content-Type', this.metrics.registry.contentType);
    res.send(await this.metrics.registry.metrics());
  }
}
