import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarChartModule } from '@swimlane/ngx-charts';
import { type BarGroup, type BarSeries, toGroupedBars, toGroupedTable } from './bar-chart-mapping.util';
import { axisTickFormatter, formatDecimal } from './chart-mapping.util';
import { type ChartTable, ChartFrameComponent } from './chart-frame.component';
import { REGION_SCHEME } from './likert-colors';

export interface GroupedBarChartTexts {
  caption: string;
  /** Header of the table's first column, e.g. "Painopiste". */
  group: string;
  valueAxis: string;
  noData: string;
}

/**
 * Grouped vertical bars (a group per theme, a bar per year or region), every bar labelled with
 * its value so nothing needs hovering. Screen readers get the same figures as a table.
 */
@Component({
  selector: 'su-grouped-bar-chart',
  imports: [BarChartModule, ChartFrameComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <su-chart-frame #frame [caption]="texts().caption" [height]="height()" [table]="table()">
      @if (frame.width() > 0) {
        <ngx-charts-bar-vertical-2d
          chart
          [view]="[frame.width(), height()]"
          [results]="data()"
          [scheme]="scheme"
          [customColors]="customColors()"
          [xAxis]="true"
          [yAxis]="true"
          [showYAxisLabel]="true"
          [yAxisLabel]="texts().valueAxis"
          [yAxisTickFormatting]="tickFormat()"
          [legend]="false"
          [yScaleMax]="scaleMax()"
          [showDataLabel]="true"
          [dataLabelFormatting]="labelFormat"
          [animations]="false"
          [groupPadding]="12"
          [barPadding]="3"
          [noBarWhenZero]="true"
          [trimXAxisTicks]="true"
          [maxXAxisTickLength]="frame.width() < 420 ? 10 : 18"
        />
      }
      <!-- Our own legend: ngx-charts' is pale grey and clips inside a fixed height. -->
      <ul class="legend" aria-hidden="true">
        @for (s of series(); track s.id; let i = $index) {
          <li><span class="swatch" [style.background]="color(i)"></span>{{ s.label }}</li>
        }
      </ul>
    </su-chart-frame>
  `,
  styles: `
    :host { display: block; }
    .legend { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; margin: 4px 0 0; padding: 0; font-size: 0.875rem; }
    .legend li { display: inline-flex; align-items: center; gap: 6px; }
    .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; }
  `,
})
export class GroupedBarChartComponent {
  readonly groups = input.required<BarGroup[]>();
  readonly series = input.required<BarSeries[]>();
  readonly texts = input.required<GroupedBarChartTexts>();
  readonly language = input('fi');
  readonly scaleMax = input(5);
  readonly decimals = input(2);
  readonly height = input(340);

  protected readonly scheme = REGION_SCHEME;
  protected readonly data = computed(() => toGroupedBars(this.groups(), this.series()));
  protected readonly table = computed<ChartTable>(() => ({
    testId: 'grouped-bar-table',
    head: [this.texts().group, ...this.series().map((s) => s.label)],
    rows: toGroupedTable(this.groups(), this.series()).map((row) => ({
      label: row.label,
      cells: row.cells.map((cell) => (cell ? this.format(cell.value) + (cell.note ? ` (${cell.note})` : '') : this.texts().noData)),
    })),
  }));
  /** Colours fixed per series (not per bars present), so a region keeps its colour and matches the legend. */
  protected readonly customColors = computed(() => this.series().map((s, i) => ({ name: s.label, value: this.color(i) })));
  protected readonly labelFormat = (value: number) => formatDecimal(value, this.language(), this.decimals());
  protected readonly tickFormat = computed(() => axisTickFormatter(this.language()));

  /** The scheme's colour for the i-th series, as ngx-charts assigns them (ordinal, in series order). */
  protected color(i: number): string {
    const domain = this.scheme.domain;
    return domain[i % domain.length] as string;
  }

  protected format(value: number | null): string {
    return formatDecimal(value, this.language(), this.decimals());
  }
}
