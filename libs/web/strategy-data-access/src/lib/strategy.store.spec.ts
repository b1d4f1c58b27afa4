import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ResponsibleRoleDto } from '@suunta/shared-domain';
import { StrategyStore } from './strategy.store';

const role = (code: string) => ({ id: code, code }) as unknown as ResponsibleRoleDto;

describe('StrategyStore.loadLists', () => {
  let store: StrategyStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(StrategyStore);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it("keeps the later load's roles when an earlier load answers after it (a page's first load, then a save's refresh)", async () => {
    const first = store.loadLists(true); // the page opens: its request is slow
    const second = store.loadLists(true); // a role is saved meanwhile: the refresh asks again
    const [firstStrategies, secondStrategies] = http.match((r) => r.url.endsWith('/strategies'));
    const [firstRoles, secondRoles] = http.match((r) => r.url.endsWith('/responsible-roles'));
    secondStrategies.flush([]);
    secondRoles.flush([role('a'), role('new')]);
    await second;
    firstStrategies.flush([]);
    firstRoles.flush([role('a')]); // the earlier answer, from before the save, arrives last
    await first;
    expect(store.roles().map((r) => r.code)).toEqual(['a', 'new']);
  });
});
