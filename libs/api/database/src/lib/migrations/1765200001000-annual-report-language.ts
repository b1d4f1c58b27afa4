import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language an annual report is written in (Pohjanmaa is bilingual): `fi` (default, and what
 * every existing report is), `sv` or `en`. Chosen when the report is created, changeable while it
 * is a draft; the generated drafts and the exports' labels follow it.
 */
export class AnnualReportLanguage1765200001000 implements MigrationInterface {
  name = 'AnnualReportLanguage1765200001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE annual_report ADD COLUMN language text NOT NULL DEFAULT 'fi'`);
    await q.query(`ALTER TABLE annual_report ADD CONSTRAINT ck_annual_report_language CHECK (language IN ('fi', 'sv', 'en'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE annual_report DROP COLUMN language`);
  }
}
