import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebReportsFeature } from './web-reports-feature';

describe('WebReportsFeature', () => {
  let component: WebReportsFeature;
  let fixture: ComponentFixture<WebReportsFeature>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebReportsFeature]
    }).compileComponents();

    fixture = TestBed.createComponent(WebReportsFeature);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
