import { TestBed } from '@angular/core/testing';
import { provideTranslocoTranspiler, TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { IntlMessageFormat } from 'intl-messageformat';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IcuTranspiler } from './icu-transpiler';

const root = join(__dirname, '../../../../../..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** Every i18n JSON file of the web (the app's global files and each feature's scope). */
function i18nFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) i18nFiles(path, found);
    else if (/i18n\/(fi|sv|en)\.json$/.test(path)) found.push(path);
  }
  return found;
}

function strings(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

function setup(lang: 'fi' | 'sv' | 'en') {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: {
          fi: { ...read('libs/web/governance-feature/src/lib/i18n/fi.json'), survey: read('libs/web/surveys-feature/src/lib/i18n/fi.json'), legacy: 'Hei {{ name }}' },
          sv: { ...read('libs/web/governance-feature/src/lib/i18n/sv.json'), survey: read('libs/web/surveys-feature/src/lib/i18n/sv.json'), legacy: 'Hej {{ name }}' },
          en: { ...read('libs/web/governance-feature/src/lib/i18n/en.json'), survey: read('libs/web/surveys-feature/src/lib/i18n/en.json'), legacy: 'Hello {{ name }}' },
        },
        translocoConfig: { availableLangs: ['fi', 'sv', 'en'], defaultLang: 'fi' },
        preloadLangs: true,
      }),
    ],
    providers: [provideTranslocoTranspiler(IcuTranspiler)],
  });
  const transloco = TestBed.inject(TranslocoService);
  transloco.setActiveLang(lang);
  return transloco;
}

describe('IcuTranspiler', () => {
  it('words counts in Finnish: one kokous, 13 vastaajaa', () => {
    const t = setup('fi');
    expect(t.translate('shown', { meetings: 1, networks: 3 })).toBe('Näytetään 1 kokous ja 3 verkostoa.');
    expect(t.translate('shown', { meetings: 4, networks: 1 })).toBe('Näytetään 4 kokousta ja 1 verkosto.');
    expect(t.translate('survey.respondentCount', { count: 13 })).toBe('13 vastaajaa');
    expect(t.translate('survey.respondentCount', { count: 1 })).toBe('1 vastaaja');
  });

  it('words counts in English and Swedish', () => {
    const en = setup('en');
    expect(en.translate('shown', { meetings: 1, networks: 1 })).toBe('Showing 1 meeting and 1 network.');
    expect(en.translate('shown', { meetings: 2, networks: 0 })).toBe('Showing 2 meetings and 0 networks.');
    en.setActiveLang('sv');
    expect(en.translate('shown', { meetings: 1, networks: 2 })).toBe('Visar 1 möte och 2 nätverk.');
    expect(en.translate('survey.wizard.answers', { count: 1 })).toBe('1 öppet svar');
  });

  it('keeps {{ }} interpolation for messages without ICU arguments, and survives a count that is not a number', () => {
    const t = setup('fi');
    expect(t.translate('legacy', { name: 'Kaisa {x}' })).toBe('Hei Kaisa {x}');
    expect(t.translate('survey.respondentsOnly', { responded: '–' })).toBe('– vastaajaa');
  });
});

describe('the web i18n files', () => {
  const files = i18nFiles(join(root, 'libs/web')).concat(i18nFiles(join(root, 'apps/web/public')));

  it('are found (the check below is not vacuous)', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it('hold only ICU messages that parse, and no count text that should be a plural in Finnish', () => {
    const broken: string[] = [];
    for (const file of files) {
      const lang = file.match(/(fi|sv|en)\.json$/)?.[1] ?? 'fi';
      for (const [key, value] of strings(JSON.parse(readFileSync(file, 'utf8')))) {
        if (/\{\s*[\w.]+\s*,\s*(plural|select|selectordinal)\s*,/.test(value)) {
          try {
            new IntlMessageFormat(value, lang);
          } catch {
            broken.push(`${file}: ${key}`);
          }
        } else if (lang === 'fi' && /\{\{\s*[\w.]+\s*\}\}\s+\p{L}+(aa|ää|ta|tä)\b/u.test(value) && !/\{\{\s*[\w.]+\s*\}\}\s*[–/]/.test(value)) {
          // "{{n}} vastaajaa" is wrong for 1: it needs {n, plural, one {…} other {…}}.
          broken.push(`${file}: ${key} (count without plural: "${value}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
