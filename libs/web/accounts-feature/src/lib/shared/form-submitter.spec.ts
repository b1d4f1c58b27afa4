import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { ElementRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { FormSubmitter, throttledMinutes } from './form-submitter';

describe('throttledMinutes', () => {
  it('rounds Retry-After up to whole minutes, at least one, with a fallback when it is missing', () => {
    const tooMany = (retryAfter?: string) =>
      new HttpErrorResponse({ status: 429, headers: retryAfter ? new HttpHeaders({ 'Retry-After': retryAfter }) : new HttpHeaders() });
    expect(throttledMinutes(tooMany('90'), 60)).toBe(2); // 1.5 min → 2
    expect(throttledMinutes(tooMany('20'), 60)).toBe(1); // under a minute still says 1
    expect(throttledMinutes(tooMany(), 3600)).toBe(60);
    expect(throttledMinutes(new HttpErrorResponse({ status: 401 }), 60)).toBeNull();
    expect(throttledMinutes(new Error('offline'), 60)).toBeNull();
  });
});

describe('FormSubmitter', () => {
  function submitter(): { submitter: FormSubmitter; host: HTMLElement } {
    const host = document.createElement('div');
    host.innerHTML = '<input id="a" /><input id="b" aria-invalid="true" />';
    document.body.appendChild(host);
    TestBed.configureTestingModule({ providers: [{ provide: ElementRef, useValue: new ElementRef(host) }] });
    return { submitter: TestBed.runInInjectionContext(() => new FormSubmitter()), host };
  }

  it('does not let an invalid form (or one not ready) through: marks it and focuses the first invalid field', () => {
    jest.useFakeTimers();
    const { submitter: s, host } = submitter();
    const form = new FormGroup({ name: new FormControl('', { validators: [Validators.required] }) });
    expect(s.check(form)).toBe(false);
    expect(form.controls.name.touched).toBe(true);
    jest.runAllTimers();
    expect(document.activeElement).toBe(host.querySelector('#b'));
    form.controls.name.setValue('Kaisa');
    expect(s.check(form, false)).toBe(false);
    expect(s.check(form)).toBe(true);
    jest.useRealTimers();
    host.remove();
  });

  it('is busy while sending, and hands a failure to the caller', async () => {
    const { submitter: s, host } = submitter();
    const seen: boolean[] = [];
    await s.run(async () => seen.push(s.busy()), () => seen.push(false));
    expect(seen).toEqual([true]);
    expect(s.busy()).toBe(false);
    const failures: unknown[] = [];
    const refused = new Error('refused');
    await s.run(() => Promise.reject(refused), (error) => failures.push(error));
    expect(failures).toEqual([refused]);
    expect(s.busy()).toBe(false);
    host.remove();
  });
});
