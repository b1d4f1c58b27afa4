import { afterNextRender, DestroyRef, ElementRef, inject, type Signal, signal } from '@angular/core';

/**
 * The width of the chart's box, kept current with a ResizeObserver. ngx-charts measures its parent
 * only on window resize, so a chart in a grid cell that narrows (phone, navigation opened) kept its
 * old width and was clipped or ran into its neighbour; charts bind `[view]` to this instead.
 * 0 until measured: charts render once it is known. Call from a field initializer.
 */
export function observeChartWidth(box: () => ElementRef<HTMLElement> | undefined): Signal<number> {
  const width = signal(0);
  const destroyRef = inject(DestroyRef);
  afterNextRender(() => {
    const element = box()?.nativeElement;
    if (!element) return;
    if (typeof ResizeObserver === 'undefined') {
      width.set(Math.floor(element.getBoundingClientRect().width) || 600);
      return;
    }
    const observer = new ResizeObserver((entries) => {
      const next = Math.floor(entries[0]?.contentRect.width ?? 0);
      // a change of a pixel or two (scroll bar appearing) is not worth a redraw loop
      if (Math.abs(next - width()) > 2) width.set(next);
    });
    observer.observe(element);
    destroyRef.onDestroy(() => observer.disconnect());
  });
  return width;
}
