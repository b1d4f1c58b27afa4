import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { AuditEntryDto } from '@suunta/shared-domain';
import { AuditDiffTable, auditFieldKey } from './audit-diff-table';

describe('AuditDiffTable', () => {
  async function render(before: unknown, after: unknown, caption?: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [AuditDiffTable, TranslocoTestingModule.forRoot({ langs: {}, translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' } })],
    });
    const fixture = TestBed.createComponent(AuditDiffTable);
    fixture.componentRef.setInput('entry', { id: 'e1', action: 'update', entityType: 'criterion', before, after } as unknown as AuditEntryDto);
    if (caption) fixture.componentRef.setInput('caption', caption);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists the changed fields with before and after, leaving out the bookkeeping', async () => {
    const root = await render({ title: 'Vanha', version: 3, unit: null }, { title: 'Uusi', version: 4, unit: 'kpl' }, 'Muutos: Kriteeri');
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows).toEqual([
      ['fieldNames.title', 'Vanha', 'Uusi'],
      ['fieldNames.unit', '–', 'kpl'],
    ]);
    expect(root.querySelector('caption')?.textContent).toBe('Muutos: Kriteeri');
  });

  it('shows nothing when no field changed', async () => {
    const root = await render({ version: 3 }, { version: 4 });
    expect(root.querySelector('details')).toBeNull();
  });

  it('names only the known fields', () => {
    expect(auditFieldKey('title')).toBe('fieldNames.title');
    expect(auditFieldKey('someInternalColumn')).toBeNull();
  });
});
