import { DynamicModule, Global, Module } from '@nestjs/common';
import { Environment, validateEnvironment } from './environment';

/** Provides the validated {@link Environment}; inject it as `Environment`. */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(env?: Environment): DynamicModule {
    const value = env ?? validateEnvironment(process.env);
    return {
      module: AppConfigModule,
      providers: [{ provide: Environment, useValue: value }],
      exports: [Environment],
    };
  }
}
