import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { DataLangDirective, DataTextComponent, pickDataText } from './data-text.component';

describe('pickDataText', () => {
  it('shows the page language when the data has it, else Finnish with its language', () => {
    const region = { fi: 'Pohjanmaa', sv: 'Österbotten' };
    expect(pickDataText(region, 'sv')).toEqual({ value: 'Österbotten', language: 'sv' });
    expect(pickDataText(region, 'en')).toEqual({ value: 'Pohjanmaa', language: 'fi' });
    expect(pickDataText({ fi: 'Tiimi', sv: '' }, 'sv')).toEqual({ value: 'Tiimi', language: 'fi' });
  });
  it('treats a plain string as text in its source language', () => {
    expect(pickDataText('Kehittämispäivä', 'sv')).toEqual({ value: 'Kehittämispäivä', language: 'fi' });
    expect(pickDataText('Kehittämispäivä', 'fi')).toEqual({ value: 'Kehittämispäivä', language: 'fi' });
    expect(pickDataText(null, 'fi')).toEqual({ value: '', language: 'fi' });
  });
});

@Component({
  imports: [DataTextComponent, DataLangDirective],
  template: `<h1><su-data-text [text]="title" /></h1><p suDataLang>{{ narrative }}</p><p [suDataLang]="'sv'">Rapport</p>`,
})
class Host {
  title = 'Vanhemmuuden tuki';
  narrative = 'Kehittämispäivä pidettiin.';
}

describe('su-data-text and suDataLang on a page', () => {
  const render = (language: string) => {
    TestBed.configureTestingModule({
      imports: [Host, TranslocoTestingModule.forRoot({ langs: { [language]: { dataLanguage: { fi: language === 'sv' ? 'på finska' : 'in Finnish' } } }, translocoConfig: { availableLangs: ['fi', 'sv', 'en'], defaultLang: language } })],
    });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  };

  it('on a Swedish page marks Finnish data with lang="fi" and says so; Swedish data is not marked', () => {
    const page = render('sv');
    const name = page.querySelector('h1 [lang]') as HTMLElement;
    expect(name.getAttribute('lang')).toBe('fi');
    expect(name.textContent).toBe('Vanhemmuuden tuki');
    expect(page.querySelector('h1')?.textContent).toBe('Vanhemmuuden tuki (på finska)');
    const paragraphs = page.querySelectorAll('p');
    expect(paragraphs[0].getAttribute('lang')).toBe('fi');
    expect(paragraphs[1].hasAttribute('lang')).toBe(false);
  });

  it('on a Finnish page leaves Finnish data unmarked and marks Swedish data', () => {
    const page = render('fi');
    expect(page.querySelector('h1 [lang]')).toBeNull();
    expect(page.querySelector('h1')?.textContent).toBe('Vanhemmuuden tuki');
    const paragraphs = page.querySelectorAll('p');
    expect(paragraphs[0].hasAttribute('lang')).toBe(false);
    expect(paragraphs[1].getAttribute('lang')).toBe('sv');
  });
});
