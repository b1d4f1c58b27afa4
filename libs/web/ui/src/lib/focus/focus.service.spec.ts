import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FocusOnShowDirective, FocusService } from './focus.service';

@Component({
  imports: [FocusOnShowDirective],
  template: `
    <main><h1>Otsikko</h1></main>
    <button type="button" id="save" (click)="save()">Tallenna</button>
    @if (saved()) { <p id="status" role="status">Tallennettu</p> }
    @if (shown()) { <p id="shown" role="status" suFocusOnShow>Näkyy</p> }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly focus = inject(FocusService);
  readonly saved = signal(false);
  readonly shown = signal(false);
  save(): void {
    this.saved.set(true);
    this.focus.focusAfterRender('#status');
  }
}

/** Waits (up to a second, for a busy test machine) until the condition holds. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
}

describe('FocusService', () => {
  afterEach(() => document.body.replaceChildren());

  it('moves focus to a status message rendered by the change just made, making it focusable by script only', async () => {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('#save')?.click();
    await fixture.whenStable();
    await until(() => document.activeElement?.id === 'status');
    const status = document.getElementById('status');
    expect(status).not.toBeNull();
    expect(document.activeElement).toBe(status);
    expect(status?.getAttribute('tabindex')).toBe('-1');
  });

  it('focuses the page heading', async () => {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    expect(TestBed.inject(FocusService).focusPageHeading()).toBe(true);
    expect(document.activeElement?.tagName).toBe('H1');
  });

  it('suFocusOnShow focuses its element when it appears', async () => {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    fixture.componentInstance.shown.set(true);
    await fixture.whenStable();
    await until(() => document.activeElement?.id === 'shown');
    expect(document.activeElement?.id).toBe('shown');
  });
});
