import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { DrillSection } from './drill-section';

@Component({
  imports: [DrillSection],
  template: `
    <section id="actions" aria-labelledby="drill-actions" suDrillSection name="actions" [count]="rows().length" [columns]="['action', 'overdue']">
      @for (r of rows(); track r) {
        <tr><th scope="row">{{ r }}</th><td>–</td></tr>
      }
    </section>
  `,
})
class Host {
  readonly rows = signal(['Kotikäynnit', 'Ryhmät']);
}

function render(rows: string[]) {
  TestBed.configureTestingModule({
    imports: [Host, TranslocoTestingModule.forRoot({
      langs: { fi: { board: { drill: { actions: 'Toimenpiteet', action: 'Toimenpide', overdue: 'Myöhässä', none: 'Ei rivejä' }, tableRegion: 'Taulukko: {{ name }}' } } },
      translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' },
    })],
  });
  const fixture = TestBed.createComponent(Host);
  fixture.componentInstance.rows.set(rows);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('DrillSection', () => {
  it('heads the section with its count and labels the table region, then puts the page\'s rows under the column headers', () => {
    const el = render(['Kotikäynnit', 'Ryhmät']);
    const section = el.querySelector('section#actions')!;
    const heading = section.querySelector('h2')!;
    expect(heading.id).toBe('drill-actions');
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(heading.textContent?.trim()).toBe('Toimenpiteet (2)');
    expect(section.getAttribute('aria-labelledby')).toBe('drill-actions');
    expect(section.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Taulukko: Toimenpiteet');
    const table = section.querySelector('table[data-testid="drill-actions-table"]')!;
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent?.trim())).toEqual(['Toimenpide', 'Myöhässä']);
    expect([...table.querySelectorAll('tbody tr th')].map((th) => th.textContent)).toEqual(['Kotikäynnit', 'Ryhmät']);
  });

  it('says there are none, without a table, when there are no rows', () => {
    const el = render([]);
    expect(el.querySelector('h2')?.textContent?.trim()).toBe('Toimenpiteet (0)');
    expect(el.querySelector('table')).toBeNull();
    expect(el.querySelector('p.muted')?.textContent?.trim()).toBe('Ei rivejä');
  });
});
