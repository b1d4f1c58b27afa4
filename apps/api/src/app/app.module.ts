import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfigModule, Environment, HealthModule, SeedModule } from '@suunta/api-core';
import { dataSourceOptions, migratingDataSourceFactory } from '@suunta/api-database';
import { OperationsModule } from '@suunta/api-operations';
import { OrganizationModule } from '@suunta/api-organization';
import { AccountsModule } from '@suunta/api-accounts';
import { StrategyModule } from '@suunta/api-strategy';
import { SurveysModule } from '@suunta/api-surveys';
import { PlansModule } from '@suunta/api-plans';
import { ReportsModule } from '@suunta/api-reports';
import { DashboardModule } from '@suunta/api-dashboard';
import { GovernanceModule } from '@suunta/api-governance';
import { FundingModule } from '@suunta/api-funding';
import { RemindersModule } from '@suunta/api-reminders';
import { IndicatorsModule } from '@suunta/api-indicators';
import { DigestModule } from '@suunta/api-digest';
import { ArchiveModule } from '@suunta/api-archive';
import { JobsModule } from '@suunta/api-jobs';
import { MailModule } from '@suunta/api-mail';
import { LoggerModule } from 'nestjs-pino';

/** The domain modules of the product; each brings its controllers, services and seed steps. */
const DOMAIN_MODULES = [AccountsModule, OrganizationModule, StrategyModule, SurveysModule, PlansModule, ReportsModule, DashboardModule, GovernanceModule, FundingModule, RemindersModule, IndicatorsModule, DigestModule, ArchiveModule];

@Module({})
export class AppModule {
  /** Built from a validated environment so tests can point each suite at its own database. */
  static register(env: Environment): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(env),
        LoggerModule.forRoot({
          // Every route, in path-to-regexp 8's syntax (nestjs-pino's default '*' is the legacy one Nest warns about).
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: env.LOG_LEVEL,
            redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-xsrf-token"]', 'res.headers["set-cookie"]'],
            // Probes and scrapes every few seconds would drown the log.
            autoLogging: { ignore: (req) => req.url === '/api/health' || req.url?.startsWith('/api/health/') === true || req.url === '/api/metrics' },
            // Method, path and status are enough to follow a request; headers stay out of the log.
            serializers: {
              req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            ...(env.NODE_ENV !== 'test' && process.stdout.isTTY
              ? { transport: { target: 'pino-pretty', options: { singleLine: true } } }
              : {}),
          },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(env.DATABASE_URL, { size: env.DATABASE_POOL_SIZE, statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_SECONDS * 1000 }),
            migrationsRun: false,
            autoLoadEntities: true,
          }),
          // Migrate first (one process at a time, no statement timeout), then open the request pool.
          dataSourceFactory: migratingDataSourceFactory(env.DATABASE_URL),
        }),
        HealthModule,
        OperationsModule,
        SeedModule,
        JobsModule,
        MailModule,
        ...DOMAIN_MODULES,
      ],
    };
  }
}
