import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A planner's request that management reopen an approved (or in-review) annual report. At most one
 * open request per report (partial unique index); reopening the report resolves it. `notified_at`
 * is the outbox column for the e-mail notification: a mail job sends the rows where it is NULL
 * and sets it, so a request made while mail is down is still sent later.
 */
export class AnnualReportReopenRequests1764150000000 implements MigrationInterface {
  name = 'AnnualReportReopenRequests1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE annual_report_reopen_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        report_id uuid NOT NULL,
        requested_by uuid,
        requested_by_name text NOT NULL,
        message text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid,
        notified_at timestamptz,
        CONSTRAINT fk_reopen_request_report FOREIGN KEY (report_id, organization_id) REFERENCES annual_report(id, organization_id) ON DELETE CASCADE,
        CONSTRAINT fk_reopen_request_requested_by FOREIGN KEY (requested_by) REFERENCES user_account(id) ON DELETE SET NULL,
        CONSTRAINT fk_reopen_request_resolved_by FOREIGN KEY (resolved_by) REFERENCES user_account(id) ON DELETE SET NULL,
        CONSTRAINT ck_reopen_request_message CHECK (length(btrim(message)) > 0 AND length(message) <= 1000)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_reopen_request_open ON annual_report_reopen_request (report_id) WHERE resolved_at IS NULL`);
    await q.query(`CREATE INDEX ix_reopen_request_unnotified ON annual_report_reopen_request (organization_id) WHERE notified_at IS NULL`);
    await q.query(`CREATE INDEX ix_reopen_request_requested_by ON annual_report_reopen_request (requested_by)`);
    await q.query(`CREATE INDEX ix_reopen_request_resolved_by ON annual_report_reopen_request (resolved_by)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE annual_report_reopen_request`);
  }
}
