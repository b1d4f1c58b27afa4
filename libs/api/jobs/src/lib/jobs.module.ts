import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** The shared durable job queue (pg-boss), one per app; see the lib's README. */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
