import type { SurveyImportPreviewDto, SurveyImportRequest, SurveySourceFormat } from '@suunta/shared-domain';

/** Guesses the format of a dropped or pasted file: a header row with separators means CSV. */
export function detectFormat(fileName: string | null, content: string): SurveySourceFormat {
  if (fileName && /\.(csv|tsv)$/i.test(fileName)) return 'webropol-csv';
  if (fileName && /\.txt$/i.test(fileName)) return 'webropol-report';
  const firstLine = content.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const separators = (firstLine.match(/;/g) ?? []).length + (firstLine.match(/\t/g) ?? []).length;
  return separators >= 2 ? 'webropol-csv' : 'webropol-report';
}

/**
 * The commit request from what the preview showed and what the user chose: every theme's link
 * is sent explicitly (the user confirmed or changed the suggestion), and for CSV every column.
 */
export function commitRequest(
  base: Omit<SurveyImportRequest, 'mode' | 'themeLinks' | 'columns'>,
  preview: SurveyImportPreviewDto,
  themeLinks: Readonly<Record<number, string | null>>,
  columnLinks: Readonly<Record<string, { kind: 'likert' | 'open' | 'ignored'; focusAreaId: string | null }>>,
): Omit<SurveyImportRequest, 'mode'> {
  if (base.format === 'webropol-csv' && preview.columns) {
    return {
      ...base,
      columns: preview.columns.map((c) => {
        const chosen = columnLinks[c.letter];
        return { letter: c.letter, kind: chosen?.kind ?? c.kind, focusAreaId: chosen?.focusAreaId ?? null };
      }),
    };
  }
  return {
    ...base,
    themeLinks: preview.themes.map((t) => ({ themeIndex: t.index, focusAreaId: themeLinks[t.index] ?? null })),
  };
}
