import { TestBed } from '@angular/core/testing';
import { ReportTextView } from './report-text-view';

function render(text: string | null, headingLevel?: number): HTMLElement {
  TestBed.configureTestingModule({ imports: [ReportTextView] });
  const fixture = TestBed.createComponent(ReportTextView);
  fixture.componentRef.setInput('text', text);
  if (headingLevel !== undefined) fixture.componentRef.setInput('headingLevel', headingLevel);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('ReportTextView (report text drawn without innerHTML)', () => {
  it('draws headings below the section heading, paragraphs, bold, italic and lists', () => {
    const el = render('# Toteutunut toiminta\n\nKoulutus **pidettiin** _kahdesti_.\n\n- Seinäjoki\n- Kokkola\n\n1. ensin\n2. sitten');
    const heading = el.querySelector('[role="heading"]');
    expect(heading?.textContent?.trim()).toBe('Toteutunut toiminta');
    expect(heading?.getAttribute('aria-level')).toBe('3');
    expect(el.querySelector('strong')?.textContent).toBe('pidettiin');
    expect(el.querySelector('em')?.textContent).toBe('kahdesti');
    expect([...el.querySelectorAll('ul li')].map((li) => li.textContent?.trim())).toEqual(['Seinäjoki', 'Kokkola']);
    expect([...el.querySelectorAll('ol li')].map((li) => li.textContent?.trim())).toEqual(['ensin', 'sitten']);
  });

  it('a "##" heading is one level below "#", counted from the headingLevel input', () => {
    const el = render('# Yksi\n\n## Kaksi', 4);
    expect([...el.querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level'))).toEqual(['4', '5']);
  });

  it('shows typed HTML as text and keeps only http(s) and mailto links', () => {
    const el = render('<script>alert(1)</script> [sivu](https://www.sonetbotnia.fi) [paha](javascript:alert(1)) [posti](mailto:info@sonetbotnia.fi)');
    expect(el.querySelector('script')).toBeNull();
    expect(el.textContent).toContain('<script>alert(1)</script>');
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.sonetbotnia.fi', 'mailto:info@sonetbotnia.fi']);
    expect(links.every((a) => a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
    expect(el.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('draws nothing for no text', () => {
    expect(render(null).children.length).toBe(0);
  });
});
