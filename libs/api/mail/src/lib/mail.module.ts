import { Global, Module } from '@nestjs/common';
import { JobsModule } from '@suunta/api-jobs';
import { MailService } from './mail.service';

/** Outgoing mail through the durable job queue; see the lib's README. */
@Global()
@Module({ imports: [JobsModule], providers: [MailService], exports: [MailService] })
export class MailModule {}
