import { FormGroup } from '@angular/forms';
import { dateOrder } from '../shared/form-errors.util';
import { strategyHeadBody, strategyHeadControls } from './strategy-head';

describe('strategy head', () => {
  it('starts from the strategy\'s values, empty where it has none', () => {
    const controls = strategyHeadControls({ title: 'Lapin hyvinvointistrategia (2)' });
    expect(new FormGroup(controls).getRawValue()).toEqual({ title: 'Lapin hyvinvointistrategia (2)', code: '', validFrom: '', validTo: '' });
  });

  it('applies the API\'s rules: a code without spaces, days in order', () => {
    const form = new FormGroup(strategyHeadControls({ title: 'Strategia', code: 'lappi 2030', validFrom: '2026-01-01', validTo: '2025-12-31' }), {
      validators: dateOrder('validFrom', 'validTo'),
    });
    expect(form.controls.code.hasError('pattern')).toBe(true);
    expect(form.controls.validTo.hasError('dateOrder')).toBe(true);
    form.controls.code.setValue('lappi-2030');
    form.controls.validTo.setValue('2030-12-31');
    expect(form.valid).toBe(true);
  });

  it('sends the title trimmed and empty code and days as null', () => {
    expect(strategyHeadBody({ title: '  Strategia 2030 ', code: ' ', validFrom: '2026-01-01', validTo: '' })).toEqual({
      title: 'Strategia 2030',
      code: null,
      validFrom: '2026-01-01',
      validTo: null,
    });
  });
});
