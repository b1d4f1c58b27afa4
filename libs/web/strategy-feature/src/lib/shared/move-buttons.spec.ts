import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { MoveButtons } from './move-buttons';

describe('MoveButtons', () => {
  it('names both buttons, gives them findable ids, disables "up" on the first row and emits the step', async () => {
    TestBed.configureTestingModule({
      imports: [MoveButtons, TranslocoTestingModule.forRoot({ langs: { fi: { strategy: { edit: { moveUp: 'Siirrä ylös: {{ name }}', moveDown: 'Siirrä alas: {{ name }}' } } } }, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
    });
    const fixture = TestBed.createComponent(MoveButtons);
    fixture.componentRef.setInput('itemId', 'p1');
    fixture.componentRef.setInput('name', 'Kaisa Koordinaattori');
    fixture.componentRef.setInput('first', true);
    fixture.componentRef.setInput('idPrefix', 'person-');
    const steps: number[] = [];
    fixture.componentInstance.move.subscribe((step) => steps.push(step));
    await fixture.whenStable();
    const [up, down] = [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')];
    expect(up.id).toBe('person-up-p1');
    expect(down.id).toBe('person-down-p1');
    expect(up.getAttribute('aria-label')).toBe('Siirrä ylös: Kaisa Koordinaattori');
    expect(down.getAttribute('aria-label')).toBe('Siirrä alas: Kaisa Koordinaattori');
    expect(up.disabled).toBe(true);
    down.click();
    expect(steps).toEqual([1]);
  });
});
