import { Injectable } from '@nestjs/common';
import type { ReportExportFormat, SessionUser } from '@suunta/shared-domain';
import { AnnualReportService } from '../reports/annual-report.service';
import { renderDocx } from './docx.renderer';
import { buildExportModel } from './export-model';
import { renderMarkdown } from './markdown.renderer';
import { renderPdf } from './pdf.renderer';

export interface ExportedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

const CONTENT_TYPES: Record<ReportExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
};

@Injectable()
export class ReportExportService {
  constructor(private readonly reports: AnnualReportService) {}

  async export(user: SessionUser, id: string, format: ReportExportFormat): Promise<ExportedFile> {
    const model = buildExportModel(await this.reports.get(user, id));
    const content =
      format === 'docx' ? await renderDocx(model) : format === 'pdf' ? await renderPdf(model) : Buffer.from(renderMarkdown(model), 'utf8');
    return { fileName: `${model.fileName}.${format}`, contentType: CONTENT_TYPES[format], content };
  }
}
