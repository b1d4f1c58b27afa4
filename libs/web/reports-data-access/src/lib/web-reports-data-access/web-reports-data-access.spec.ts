import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebReportsDataAccess } from './web-reports-data-access';

describe('WebReportsDataAccess', () => {
  let component: WebReportsDataAccess;
  let fixture: ComponentFixture<WebReportsDataAccess>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebReportsDataAccess]
    }).compileComponents();

    fixture = TestBed.createComponent(WebReportsDataAccess);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
