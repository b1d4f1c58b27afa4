import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { MetricsService } from './metrics.service';

/**
 * Times every request (Fastify's own clock, from the moment the request arrived) and labels it with
 * the route template Fastify matched (`/api/users/:id`), never the raw URL, so the number of series
 * stays bounded whatever clients send. Registered on the Fastify instance while the app starts.
 */
@Injectable()
export class RequestMetricsHook implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    // An application context without HTTP (a CLI command) has no server to time.
    const instance = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!instance || typeof instance.addHook !== 'function') return;
    instance.addHook('onResponse', (req, reply, done) => {
      const route = req.is404 ? undefined : req.routeOptions.url;
      this.metrics.httpDuration.observe({ method: req.method, route: typeof route === 'string' ? route : 'unmatched', status: String(reply.statusCode) }, reply.elapsedTime / 1000);
      done();
    });
  }
}
