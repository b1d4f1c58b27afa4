import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ChartFrameComponent } from './chart-frame.component';

@Component({
  imports: [ChartFrameComponent],
  template: `
    <su-chart-frame #frame caption="Vastausten jakauma" [height]="200" [table]="table">
      @if (frame.width() > 0) {
        <svg chart data-testid="drawing" [attr.width]="frame.width()"></svg>
      }
      <ul class="legend"><li>Lappi</li></ul>
    </su-chart-frame>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostChart {
  readonly table = { testId: 'figures', head: ['Teema', 'Lappi'], rows: [{ label: 'Osallisuus', cells: ['4,15 (vastaajia 13)'] }] };
}

describe('ChartFrameComponent', () => {
  it('captions the figure, draws in a box hidden from screen readers once its width is known, and hides the table from sight only', async () => {
    TestBed.configureTestingModule({ imports: [HostChart] });
    const fixture = TestBed.createComponent(HostChart);
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;

    expect(root.querySelector('figure > figcaption')?.textContent?.trim()).toBe('Vastausten jakauma');
    const box = root.querySelector<HTMLElement>('figure > .chart');
    expect(box?.getAttribute('aria-hidden')).toBe('true');
    expect(box?.style.height).toBe('200px');
    // jsdom has no layout and no ResizeObserver: the box is measured as 0 px, which falls back to 600.
    expect(box?.querySelector('[data-testid=drawing]')?.getAttribute('width')).toBe('600');
    // The legend comes after the drawing, outside the hidden box; the table sits in the visually hidden one.
    expect(root.querySelector('figure > ul.legend')).not.toBeNull();
    expect(root.querySelector('figure > .visually-hidden > table[data-testid=figures]')).not.toBeNull();
    expect(box?.querySelector('table')).toBeNull();
    // The table is captioned like the figure, with column and row headers for screen readers.
    const table = root.querySelector('table[data-testid=figures]')!;
    expect(table.querySelector('caption')?.textContent).toBe('Vastausten jakauma');
    expect([...table.querySelectorAll('thead th[scope=col]')].map((th) => th.textContent)).toEqual(['Teema', 'Lappi']);
    expect(table.querySelector('tbody th[scope=row]')?.textContent).toBe('Osallisuus');
    expect(table.querySelector('tbody td')?.textContent).toBe('4,15 (vastaajia 13)');
  });
});
