import { Injectable, Logger } from '@nestjs/common';
import { Environment } from '@suunta/api-core';
import { JobsService } from '@suunta/api-jobs';
import type { MailStatus } from '@suunta/shared-domain';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { MailMessage, renderMail } from './mail-templates';

/** The queue every mail goes through. */
export const MAIL_QUEUE = 'mail-send';

/**
 * Sends mail as a durable job: `enqueue()` writes the job (in the caller's transaction when given
 * its EntityManager); a worker of any API process renders and sends it, retrying with exponential
 * backoff while the mail server is down. With SMTP_URL the mail goes to that server; without it,
 * to `<DATA_DIR>/outbox/<time>-<job>.eml`, and the log names the file.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  constructor(
    private readonly env: Environment,
    private readonly jobs: JobsService,
  ) {
    // Finished mail jobs carry one-time links: delete them an hour after sending.
    jobs.register<MailMessage>(MAIL_QUEUE, { retryLimit: 12, deleteAfterSeconds: 3600 }, (mail, attempt) => this.deliver(mail, attempt.id));
  }

  /** Queues a mail; returns the job id. Pass the transaction's manager to commit it with the change. */
  enqueue(mail: MailMessage, manager?: EntityManager): Promise<string> {
    return this.jobs.send(MAIL_QUEUE, mail, manager);
  }

  status(): MailStatus {
    return { transport: this.env.SMTP_URL ? 'smtp' : 'outbox', from: this.env.MAIL_FROM };
  }

  /** The folder of `.eml` files when no SMTP_URL is set. */
  outboxDir(): string {
    return resolve(this.env.DATA_DIR, 'outbox');
  }

  private async deliver(mail: MailMessage, jobId: string): Promise<void> {
    const rendered = renderMail(mail);
    const headers: Record<string, string> = { 'Content-Language': mail.language };
    // mail clients offer their own "unsubscribe" button for it (RFC 2369)
    if (mail.unsubscribeLink) headers['List-Unsubscribe'] = `<${mail.unsubscribeLink}>`;
    const message = { from: this.env.MAIL_FROM, to: mail.to, subject: rendered.subject, text: rendered.text, html: rendered.html, headers };
    if (this.env.SMTP_URL) {
      const transport = createTransport(this.env.SMTP_URL);
      try {
        const info = await transport.sendMail(message);
        this.logger.log(`Mail ${mail.kind} sent (job ${jobId}, message ${info.messageId})`);
      } finally {
        transport.close();
      }
      return;
    }
    const transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    const info = await transport.sendMail(message);
    const dir = this.outboxDir();
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.kind}-${jobId}.eml`);
    await writeFile(file, info.message as Buffer, { mode: 0o600 });
    this.logger.log(`Mail ${mail.kind} written to ${file} (no SMTP_URL set)`);
  }
}
