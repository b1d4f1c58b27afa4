import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { parseReportText } from '@suunta/shared-domain';

/**
 * Draws report text from parsed blocks with Angular templates: no innerHTML, so typed `<script>`
 * is shown as text and links keep only http(s)/mailto targets (the parser drops the rest).
 */
@Component({
  selector: 'su-report-text-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (block of blocks(); track $index) {
      @switch (block.kind) {
        @case ('heading') {
          <p class="heading" role="heading" [attr.aria-level]="headingLevel() + block.level - 1">
            <ng-container *ngTemplateOutlet="inline; context: { $implicit: block.inlines }" />
          </p>
        }
        @case ('paragraph') {
          <p><ng-container *ngTemplateOutlet="inline; context: { $implicit: block.inlines }" /></p>
        }
        @case ('list') {
          @if (block.ordered) {
            <ol>
              @for (item of block.items; track $index) {
                <li><ng-container *ngTemplateOutlet="inline; context: { $implicit: item }" /></li>
              }
            </ol>
          } @else {
            <ul>
              @for (item of block.items; track $index) {
                <li><ng-container *ngTemplateOutlet="inline; context: { $implicit: item }" /></li>
              }
            </ul>
          }
        }
      }
    }
    <ng-template #inline let-inlines>
      @for (i of inlines; track $index) {
        @if (i.href) {
          <a [href]="i.href" target="_blank" rel="noopener noreferrer">{{ i.text }}</a>
        } @else if (i.bold) {
          <strong>{{ i.text }}</strong>
        } @else if (i.italic) {
          <em>{{ i.text }}</em>
        } @else {
          {{ i.text }}
        }
      }
    </ng-template>
  `,
  styles: `
    :host { display: block; }
    .heading { font-weight: 600; font-size: 1.05rem; margin: 12px 0 4px; }
    p { margin: 0 0 8px; line-height: 1.5; }
  `,
  imports: [NgTemplateOutlet],
})
export class ReportTextView {
  readonly text = input<string | null>('');
  /** The aria-level of a level-1 heading inside this text. */
  readonly headingLevel = input(3);
  protected readonly blocks = computed(() => parseReportText(this.text()));
}
