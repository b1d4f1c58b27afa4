import { Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { AccountDirectoryService, SsoSettingsService } from '@suunta/api-accounts';
import { notFound } from '@suunta/api-core';
import { JobsService } from '@suunta/api-jobs';
import { MAIL_QUEUE, MailMessage, MailService } from '@suunta/api-mail';
import type { OperationsStatus, SessionUser, TestMailDto } from '@suunta/shared-domain';
import { BackupStatusService } from './backup/backup-status.service';
import { MetricsService } from './metrics/metrics.service';

/** What the admin page "Ylläpito" shows: backups, mail, single sign-on, the job queue. */
@Injectable()
export class OperationsService implements OnModuleInit {
  constructor(
    private readonly accounts: AccountDirectoryService,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    private readonly sso: SsoSettingsService,
    private readonly backups: BackupStatusService,
    private readonly metrics: MetricsService,
  ) {}

  /** `suunta_job_queue_depth{queue}` reads the shared queue at each scrape. */
  onModuleInit(): void {
    this.metrics.setJobQueueDepthSource(() => this.jobs.queueDepth());
  }

  async status(admin: SessionUser): Promise<OperationsStatus> {
    const [backup, sso, jobs] = await Promise.all([this.backups.status(), this.sso.status(admin.organizationId), this.jobs.status()]);
    return { backup, mail: this.mail.status(), sso, jobs };
  }

  /** Queues a test mail to the admin, in the admin's language; its outcome is read with `testMail()`. */
  async sendTestMail(admin: SessionUser): Promise<TestMailDto> {
    const context = await this.accounts.mailContext(admin.id);
    if (!context) throw notFound('user_not_found', `User ${admin.id} not found`, { id: admin.id });
    const jobId = await this.mail.enqueue({ kind: 'test', to: admin.email, language: context.language, recipientName: admin.displayName, organizationName: context.organizationName });
    return { jobId, to: admin.email, state: 'queued', error: null };
  }

  async testMail(admin: SessionUser, jobId: string): Promise<TestMailDto> {
    const job = await this.jobs.job<MailMessage>(MAIL_QUEUE, jobId);
    // Only the admin's own test mails: a job id of another mail (which carries a link) is not found.
    if (!job || job.data.to !== admin.email || job.data.kind !== 'test') {
      throw new NotFoundException(`Test mail ${jobId} not found`);
    }
    const state = ({ created: 'queued', retry: 'retrying', active: 'sending', completed: 'sent', cancelled: 'failed', failed: 'failed' } as const)[job.state];
    return { jobId, to: admin.email, state, error: job.error };
  }
}
