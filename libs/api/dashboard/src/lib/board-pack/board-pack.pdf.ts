import type { DashboardDto, DashboardFocusAreaDto, FundingOverviewDto, RollupStatus, StrategyMapDto } from '@suunta/shared-domain';
import { pdfFileOf, pdfFonts } from '@suunta/api-core';
import PDFDocument from 'pdfkit';
import { BOARD_PACK_TEXT, type BoardPackLang } from './board-pack.i18n';
import { formatEuro, FUNDING_TEXT, fundingDetails, fundingTable } from './board-pack-funding';
import { MAP_TEXT, mapTable } from './board-pack-map';

/**
 * The board pack: the status page as an A4 PDF for a meeting. Everything is real text (Roboto
 * embedded via pdfFonts() in api-core, so å ä ö survive extraction), every bar carries its number,
 * and status is written out as a word beside its symbol so it reads in black and white print.
 */

type Doc = PDFKit.PDFDocument;

const MARGIN = 48;
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const INK = '#1a1a1a';
const MUTED = '#555555';
const HEADING = '#1F3864';
const BAR = '#2f5597';
const BAR_LIGHT = '#9dc3e6';
const BAR_GREY = '#bfbfbf';

/** Symbols drawn from plain ASCII so every font has them; the word beside carries the meaning. */
const STATUS_SYMBOL: Record<RollupStatus, string> = { on_track: '[+]', at_risk: '[!]', off_track: '[x]', no_data: '[-]' };

export function boardPackFileName(data: DashboardDto): string {
  const region = data.filters.regionCode ?? 'koko';
  const strategy = (data.filters.strategyCode ?? 'strategia').replace(/[^A-Za-z0-9-]/g, '');
  return `suunta-board-pack-${strategy}-${data.filters.year}-${region}.pdf`;
}

/** Numbers as the page shows them, with the language's decimal separator. */
export function formatNumber(value: number | null, lang: BoardPackLang, decimals = 2): string {
  if (value === null) return '–';
  const fixed = value.toFixed(decimals);
  return lang === 'en' ? fixed : fixed.replace('.', ',');
}

export function formatChange(value: number | null, lang: BoardPackLang): string {
  if (value === null) return '–';
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatNumber(Math.abs(value), lang)}`;
}

/**
 * `funding`: the organization's funding per year up to the pack's year (api-funding's `FundingService.overview`);
 * `maps`: the strategy map by regions and by years (`StrategyMapService`). Either section is left out when not given.
 */
export function renderBoardPack(
  data: DashboardDto,
  lang: BoardPackLang,
  funding?: FundingOverviewDto | null,
  maps?: { regions: StrategyMapDto; years: StrategyMapDto } | null,
): Promise<Buffer> {
  const t = BOARD_PACK_TEXT[lang];
  const f = pdfFonts();
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    lang: lang === 'fi' ? 'fi-FI' : lang === 'sv' ? 'sv-FI' : 'en-GB',
    displayTitle: true,
    bufferPages: true,
    info: { Title: `${t.title} ${data.filters.year}`, Subject: data.filters.strategyTitle, Creator: 'Suunta' },
  } as PDFKit.PDFDocumentOptions);
  doc.registerFont('body', f.regular);
  doc.registerFont('bold', f.bold);
  const done = pdfFileOf(doc);

  const region = data.options.regions.find((r) => r.id === data.filters.regionId);
  const regionName = region ? (region.name[lang] ?? region.name.fi) : t.wholeOrganization;
  const regionNames = new Map(data.options.regions.map((r) => [r.id, r.name[lang] ?? r.name.fi]));
  const regionCodes = new Map(data.options.regions.map((r) => [r.id, r.code]));
  const label = (fa: DashboardFocusAreaDto) => `${fa.code ? `${fa.code} ` : ''}${fa.title}`;

  // ---- heading and filters
  doc.font('bold').fontSize(18).fillColor(HEADING).text(t.title, { width: CONTENT_WIDTH });
  doc.moveDown(0.3);
  doc.font('body').fontSize(10).fillColor(INK);
  const meta: [string, string][] = [
    [t.strategy, data.filters.strategyTitle],
    [t.year, String(data.filters.year)],
    [t.region, regionName],
    [t.asOf, formatDate(data.filters.asOf, lang)],
    [t.printed, formatDate(data.filters.generatedAt.slice(0, 10), lang)],
  ];
  for (const [k, v] of meta) {
    doc.font('body').text(`${k}: ${v}`, MARGIN, doc.y, { width: CONTENT_WIDTH });
  }
  doc.moveDown(0.5);
  const counts = (Object.keys(STATUS_SYMBOL) as RollupStatus[]).map((s) => `${STATUS_SYMBOL[s]} ${t.status[s]}: ${data.statusCounts[s]}`);
  doc.font('body').fontSize(10).text(`${t.summary}: ${counts.join('   ')}`, { width: CONTENT_WIDTH });
  doc.moveDown(0.8);

  // ---- the status table
  heading(doc, t.statusTable);
  const cols = [
    { key: 'fa', title: t.focusArea, width: 150 },
    { key: 'status', title: t.statusColumn, width: 70 },
    { key: 'actions', title: t.actionsColumn, width: 85 },
    { key: 'criteria', title: t.criteriaColumn, width: 55 },
    { key: 'survey', title: t.surveyColumn, width: 80 },
    { key: 'updated', title: t.updatedColumn, width: CONTENT_WIDTH - 440 },
  ];
  const rows = data.focusAreas.map((fa) => [
    label(fa),
    `${STATUS_SYMBOL[fa.status]} ${t.status[fa.status]}`,
    `${fa.actions.done} / ${fa.actions.inProgress} / ${fa.actions.overdue}`,
    `${fa.criteria.onTarget} / ${fa.criteria.total}`,
    fa.survey.average === null
      ? '–'
      : `${formatNumber(fa.survey.average, lang)} (n=${fa.survey.respondentCount})\n${t.change}: ${formatChange(fa.survey.change, lang)}${fa.survey.previousYear ? ` (${fa.survey.previousYear})` : ''}`,
    fa.lastUpdated ? formatDate(fa.lastUpdated.slice(0, 10), lang) : '–',
  ]);
  table(
    doc,
    cols.map((c) => c.title),
    cols.map((c) => c.width),
    rows,
  );
  doc.font('body').fontSize(8).fillColor(MUTED).text(t.actionsLegend, { width: CONTENT_WIDTH });
  doc.text(t.statusRules, { width: CONTENT_WIDTH });
  doc.fillColor(INK);

  // ---- the strategy map: focus areas × regions and × years, status words and trend arrows as text
  if (maps) {
    const mt = MAP_TEXT[lang];
    section(doc, mt.heading);
    for (const [title, map] of [
      [`${mt.byRegions} ${data.filters.year}`, maps.regions],
      [`${mt.byYears} (${regionName})`, maps.years],
    ] as const) {
      if (!map.columns.length) continue;
      const { headers, rows: mapRows } = mapTable(map, lang, data.options.regions, { status: t.status, symbol: STATUS_SYMBOL }, (v) => formatNumber(v, lang), (d) => formatDate(d, lang));
      doc.font('bold').fontSize(10).fillColor(INK).text(title, MARGIN, doc.y, { width: CONTENT_WIDTH });
      doc.moveDown(0.2);
      const first = 110;
      const rest = (CONTENT_WIDTH - first) / (headers.length - 1);
      table(doc, headers, [first, ...headers.slice(1).map(() => rest)], mapRows);
    }
    doc.font('body').fontSize(8).fillColor(MUTED).text(mt.legend, MARGIN, doc.y, { width: CONTENT_WIDTH });
    doc.fillColor(INK);
  }

  // ---- funding per year and source (figures computed by api-funding), with the trend once there are several years
  if (funding) {
    const ft = FUNDING_TEXT[lang];
    section(doc, ft.heading);
    if (funding.years.length === 0) {
      note(doc, ft.none);
    } else {
      const { headers, rows: fundingRows } = fundingTable(funding, lang);
      const first = 40;
      const rest = (CONTENT_WIDTH - first) / (headers.length - 1);
      table(doc, headers, [first, ...headers.slice(1).map(() => rest)], fundingRows);
      const latest = funding.years[funding.years.length - 1];
      doc.font('bold').fontSize(9).fillColor(INK).text(String(latest.year), MARGIN, doc.y, { width: CONTENT_WIDTH });
      doc.font('body').fontSize(8.5);
      for (const line of fundingDetails(latest, lang)) doc.text(`• ${line}`, MARGIN, doc.y, { width: CONTENT_WIDTH });
      doc.moveDown(0.4);
      if (funding.years.length > 1) {
        const max = Math.max(...funding.years.map((y) => Number(y.total)));
        barGroup(doc, ft.trend, funding.years.map((y) => ({ label: String(y.year), value: Number(y.total), text: formatEuro(y.total, lang) })), max || 1, BAR);
      }
    }
  }

  // ---- charts, each as labelled bars with the number printed
  const years = [...new Set(data.surveyTrend.map((p) => p.year))].sort((a, b) => a - b);
  section(doc, t.chartTrend);
  if (years.length === 0) note(doc, t.noSurveys);
  for (const fa of data.focusAreas) {
    const pts = data.surveyTrend.filter((p) => p.focusAreaId === fa.id && p.average !== null);
    if (!pts.length) continue;
    barGroup(doc, label(fa), pts.map((p) => ({ label: String(p.year), value: p.average ?? 0, text: `${formatNumber(p.average, lang)} (n=${p.respondentCount})` })), 5, BAR);
  }

  section(doc, `${t.chartRegions} ${data.filters.year}`);
  if (!data.surveyByRegion.length) note(doc, t.noSurveys);
  for (const fa of data.focusAreas) {
    const pts = data.surveyByRegion.filter((p) => p.focusAreaId === fa.id && p.average !== null);
    if (!pts.length) continue;
    barGroup(
      doc,
      label(fa),
      pts.map((p) => ({ label: regionCodes.get(p.regionId ?? '') ?? '', value: p.average ?? 0, text: `${formatNumber(p.average, lang)} (n=${p.respondentCount}) ${regionNames.get(p.regionId ?? '') ?? ''}` })),
      5,
      BAR_LIGHT,
    );
  }

  section(doc, t.chartCompletion);
  const withActions = data.focusAreas.filter((fa) => fa.actions.total > 0);
  if (!withActions.length) note(doc, t.noActions);
  for (const fa of withActions) {
    const share = fa.actions.shareDone;
    barGroup(
      doc,
      label(fa),
      [{ label: t.done, value: share ?? 0, text: `${fa.actions.done} / ${fa.actions.total - fa.actions.cancelled} (${share === null ? '–' : `${Math.round(share * 100)} %`})` }],
      1,
      BAR,
    );
  }

  section(doc, t.chartTargets);
  const targets = data.focusAreas.flatMap((fa) => fa.countCriteria.filter((c) => c.yearlyTarget !== null).map((c) => ({ fa, c })));
  if (!targets.length) note(doc, t.noTargets);
  for (const { fa, c } of targets) {
    const target = c.yearlyTarget ?? 0;
    const ratio = target > 0 ? Math.min((c.actual ?? 0) / target, 1) : 0;
    barGroup(
      doc,
      `${c.title} (${fa.code ?? fa.title})`,
      [{ label: '', value: ratio, text: `${formatNumber(c.actual ?? 0, lang, 0)} / ${formatNumber(target, lang, 0)} ${c.unit ?? ''} · ${t.status[c.status]}` }],
      1,
      BAR,
    );
  }

  // ---- footer on every page: the filters and page number, so a loose page still says what it is
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const footer = `${t.title} · ${data.filters.strategyTitle} · ${data.filters.year} · ${regionName} · ${t.asOf} ${formatDate(data.filters.asOf, lang)} · ${i + 1}/${range.count}`;
    doc.font('body').fontSize(7.5).fillColor(MUTED);
    doc.text(footer, MARGIN, PAGE_HEIGHT - MARGIN + 16, { width: CONTENT_WIDTH, lineBreak: false, height: 10 });
  }
  doc.end();
  return done;
}

function formatDate(isoDate: string, lang: BoardPackLang): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return lang === 'en' ? `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}` : `${d}.${m}.${y}`;
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > PAGE_HEIGHT - MARGIN - 10) doc.addPage();
}

function heading(doc: Doc, text: string): void {
  ensureSpace(doc, 40);
  doc.x = MARGIN;
  doc.font('bold').fontSize(13).fillColor(HEADING).text(text, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.3);
  doc.fillColor(INK);
}

function section(doc: Doc, text: string): void {
  doc.moveDown(0.8);
  heading(doc, text);
}

function note(doc: Doc, text: string): void {
  doc.font('body').fontSize(9).fillColor(MUTED).text(text, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.fillColor(INK);
}

function table(doc: Doc, headers: string[], widths: number[], rows: string[][]): void {
  const pad = 3;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'body').fontSize(8.5);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i] - 2 * pad }))) + 2 * pad;
    if (doc.y + height > PAGE_HEIGHT - MARGIN - 10) {
      doc.addPage();
      if (!bold) drawRow(headers, true);
      doc.font(bold ? 'bold' : 'body').fontSize(8.5);
    }
    const top = doc.y;
    let x = MARGIN;
    if (bold) doc.rect(MARGIN, top, CONTENT_WIDTH, height).fill('#e7ecf5');
    doc.fillColor(INK);
    cells.forEach((c, i) => {
      doc.text(c, x + pad, top + pad, { width: widths[i] - 2 * pad });
      x += widths[i];
    });
    doc.moveTo(MARGIN, top + height).lineTo(MARGIN + CONTENT_WIDTH, top + height).lineWidth(0.5).strokeColor(BAR_GREY).stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(headers, true);
  rows.forEach((r) => drawRow(r, false));
  doc.moveDown(0.4);
}

/** One labelled group of horizontal bars; `max` is the scale's top (5 for averages, 1 for shares). */
function barGroup(doc: Doc, title: string, bars: { label: string; value: number; text: string }[], max: number, color: string): void {
  const barHeight = 11;
  const labelWidth = 40;
  const trackWidth = 200;
  doc.font('bold').fontSize(9);
  const titleHeight = doc.heightOfString(title, { width: CONTENT_WIDTH });
  ensureSpace(doc, titleHeight + bars.length * (barHeight + 3) + 6);
  doc.fillColor(INK).text(title, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.font('body').fontSize(8.5);
  for (const bar of bars) {
    const top = doc.y + 1;
    doc.fillColor(INK).text(bar.label, MARGIN, top + 1, { width: labelWidth - 4, lineBreak: false });
    const x = MARGIN + labelWidth;
    doc.rect(x, top, trackWidth, barHeight).lineWidth(0.5).strokeColor(BAR_GREY).stroke();
    const w = Math.max(0, Math.min(1, bar.value / max)) * trackWidth;
    if (w > 0) doc.rect(x, top, w, barHeight).fill(color);
    doc.fillColor(INK).text(bar.text, x + trackWidth + 6, top + 1, { width: CONTENT_WIDTH - labelWidth - trackWidth - 6, lineBreak: false });
    doc.x = MARGIN;
    doc.y = top + barHeight + 3;
  }
  doc.moveDown(0.3);
}
