import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexWithModulePreloads, webAppIndex, withPageStartRequests } from './web-app-index';

describe('indexWithModulePreloads', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'suunta-web-'));
    // what esbuild writes: the entry, listed chunks, chunks only they import, and a lazy route
    writeFileSync(
      join(dir, 'index.html'),
      '<html><head><link rel="modulepreload" href="/chunk-A.js"><script src="/main-M.js" type="module"></script></head><body></body></html>',
    );
    writeFileSync(join(dir, 'main-M.js'), 'import{a as x}from"./chunk-A.js";import"./chunk-B.js";const r=()=>import("./chunk-LAZY.js");');
    writeFileSync(join(dir, 'chunk-A.js'), 'import{c}from"./chunk-C.js";export const a=1;');
    writeFileSync(join(dir, 'chunk-B.js'), 'import"./chunk-C.js";');
    writeFileSync(join(dir, 'chunk-C.js'), 'export const c=2;');
    writeFileSync(join(dir, 'chunk-LAZY.js'), 'import"./chunk-D.js";');
    writeFileSync(join(dir, 'chunk-D.js'), '');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every static import the page would find only later, once, and no lazy chunk (the entry\'s first, then theirs)', () => {
    const html = indexWithModulePreloads(dir);
    expect(html).toBe(
      '<html><head><link rel="modulepreload" href="/chunk-A.js"><script src="/main-M.js" type="module"></script>' +
        // absolute, as Angular writes its own: the app has no <base>, and a deep link such as /plans/1 must not resolve them under /plans/
        '<link rel="modulepreload" href="/chunk-B.js"><link rel="modulepreload" href="/chunk-C.js"></head><body></body></html>',
    );
  });

  it('leaves an index.html whose imports are all listed as it is', () => {
    writeFileSync(join(dir, 'main-M.js'), 'import{a}from"./chunk-A.js";');
    writeFileSync(join(dir, 'chunk-A.js'), 'export const a=1;');
    expect(indexWithModulePreloads(dir)).toBe(
      '<html><head><link rel="modulepreload" href="/chunk-A.js"><script src="/main-M.js" type="module"></script></head><body></body></html>',
    );
  });
});

describe('webAppIndex', () => {
  let dir: string;
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'suunta-web-'));
    write('index.html', '<html><head></head><body><script src="/main-M.js" type="module"></script></body></html>');
    // the route table as esbuild writes app.routes.ts: a public group behind canMatch, the signed-in shell, lazy features
    write(
      'main-M.js',
      'import"./chunk-CORE.js";var ut=["login"];var r=[{path:"",canMatch:[(n,i)=>i.length>0&&ut.includes(i[0].path)],loadChildren:()=>import("./chunk-ACC.js").then(n=>n.accountsPublicRoutes)},' +
        '{path:"",canActivateChild:[ht],children:[{path:"",pathMatch:"full",loadComponent:()=>import("./chunk-HOME.js").then(n=>n.HomePage),title:"Suunta"},' +
        '{path:"board",loadChildren:()=>import("./chunk-BR.js").then(n=>n.boardRoutes)},' +
        '{path:"admin/archive",loadChildren:()=>import("./chunk-AR.js").then(n=>n.archiveRoutes)},' +
        '{path:"",loadChildren:()=>import("./chunk-ACC.js").then(n=>n.accountsRoutes)},' +
        '{path:"**",loadComponent:()=>import("./chunk-NF.js").then(n=>n.NotFoundPage)}]}];',
    );
    write('chunk-CORE.js', 'export const core=1;');
    // the board's routes: its page, and a page under a parameter
    write(
      'chunk-BR.js',
      'import{t as n}from"./chunk-UI.js";import"./chunk-CORE.js";var u=t({"./i18n/en.json":()=>import("./chunk-EN.js"),"./i18n/fi.json":()=>import("./chunk-FI.js")});var D=a([d()],[{path:"",canActivate:[s],loadComponent:()=>import("./chunk-BP.js").then(o=>o.BoardPage)},' +
        '{path:"focus-areas/:id",loadComponent:()=>import("./chunk-FA.js").then(o=>o.FocusAreaPage)}]);export{D as boardRoutes};',
    );
    write('chunk-UI.js', 'import"./chunk-CHARTS.js";export const t=1;');
    write('chunk-CHARTS.js', '');
    write('chunk-BP.js', 'import"./chunk-UI.js";import"./chunk-BPX.js";');
    write('chunk-BPX.js', '');
    write('chunk-EN.js', '');
    write('chunk-FI.js', '');
    write('chunk-FA.js', 'import"./chunk-FAX.js";');
    write('chunk-FAX.js', '');
    write('chunk-AR.js', 'var r=[{path:"",loadComponent:()=>import("./chunk-AP.js")}];');
    write('chunk-AP.js', '');
    write('chunk-ACC.js', 'var r=[{path:"profile",loadComponent:()=>import("./chunk-PROF.js")}];');
    write('chunk-PROF.js', '');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The files the page preloads after the app's own modules, in order. */
  const routePreloads = (html: string) => [...(html.split('</script>')[1] ?? '').matchAll(/href="\/([\w.-]+)"/g)].map((m) => m[1]);

  it('preloads the board feature, its page, its texts and all they import, after the entry, once each', () => {
    const html = webAppIndex(dir)('/board');
    expect(routePreloads(html)).toEqual(['chunk-BR.js', 'chunk-UI.js', 'chunk-CHARTS.js', 'chunk-BP.js', 'chunk-BPX.js', 'chunk-EN.js', 'chunk-FI.js']);
    // the entry's own import stays where indexWithModulePreloads puts it, before the entry
    expect(html.indexOf('chunk-CORE.js')).toBeLessThan(html.indexOf('main-M.js'));
  });

  it('follows parameters, paths of two segments and the next empty-path group', () => {
    const index = webAppIndex(dir);
    expect(routePreloads(index('/board/focus-areas/4f1c?year=2024'))).toEqual(['chunk-BR.js', 'chunk-UI.js', 'chunk-CHARTS.js', 'chunk-FA.js', 'chunk-FAX.js', 'chunk-EN.js', 'chunk-FI.js']);
    expect(routePreloads(index('/admin/archive'))).toEqual(['chunk-AR.js', 'chunk-AP.js']);
    expect(routePreloads(index('/profile'))).toEqual(['chunk-ACC.js', 'chunk-PROF.js']);
    expect(routePreloads(index('/'))).toEqual(['chunk-HOME.js']);
  });

  it('reads route tables written with template literals, as the build writes them when it merges chunks (NG_BUILD_OPTIMIZE_CHUNKS)', () => {
    const backticks = (file: string) => write(file, readFileSync(join(dir, file), 'utf8').replace(/path:"([^"]*)"/g, 'path:`$1`').replace(/import\("([^"]*)"\)/g, 'import(`$1`)').replace(/pathMatch:"full"/g, 'pathMatch:`full`'));
    backticks('main-M.js');
    backticks('chunk-BR.js');
    const index = webAppIndex(dir);
    expect(routePreloads(index('/board/focus-areas/4f1c'))).toEqual(['chunk-BR.js', 'chunk-UI.js', 'chunk-CHARTS.js', 'chunk-FA.js', 'chunk-FAX.js', 'chunk-EN.js', 'chunk-FI.js']);
    expect(routePreloads(index('/'))).toEqual(['chunk-HOME.js']);
    expect(routePreloads(index('/board/x'))).toEqual(['chunk-BR.js', 'chunk-UI.js', 'chunk-CHARTS.js', 'chunk-EN.js', 'chunk-FI.js']);
  });

  it('adds nothing where the router decides at run time or nothing matches', () => {
    const index = webAppIndex(dir);
    const plain = indexWithModulePreloads(dir);
    // /login is behind canMatch; an unknown page falls to the wildcard; a malformed address is not decoded
    expect(index('/login')).toBe(plain);
    expect(index('/no/such/page')).toBe(plain);
    expect(index('/board/%E0%A4%A')).toBe(plain);
  });
});

describe('withPageStartRequests', () => {
  it("names each request after the page's charset, `&` escaped, as a fetch the app's own can take", () => {
    const html = '<html><head><meta charset="utf-8"/><title>S</title></head></html>';
    expect(withPageStartRequests(html, ['/api/auth/me', '/api/dashboard?year=2024&regionId=a+b'])).toBe(
      '<html><head><meta charset="utf-8"/>' +
        '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/auth/me">' +
        '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/dashboard?year=2024&amp;regionId=a+b">' +
        '<title>S</title></head></html>',
    );
  });

  it('opens the head with them when there is no charset, and names nothing that is not an encoded API address', () => {
    expect(withPageStartRequests('<html><head></head></html>', ['/api/x', 'https://evil.example/api/x', '/api/x?a="><script>', '/login'])).toBe(
      '<html><head><link rel="preload" as="fetch" crossorigin="anonymous" href="/api/x"></head></html>',
    );
    expect(withPageStartRequests('<html><head></head></html>', [])).toBe('<html><head></head></html>');
  });
});
