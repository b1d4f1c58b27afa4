import { FormControl, FormGroup } from '@angular/forms';
import { notBlank, offeredChoices } from './form-utils';

describe('notBlank (the web side of the API’s RequiredText)', () => {
  const check = (value: string | null) => notBlank(new FormControl<string | null>(value));

  it('whitespace alone is no text', () => {
    expect(check('   ')).toEqual({ required: true });
    expect(check('\n\t')).toEqual({ required: true });
  });

  it('text with spaces around it is text', () => expect(check('  Koulutus ')).toBeNull());

  it('an empty or missing value is left to Validators.required (no double message)', () => {
    expect(check('')).toBeNull();
    expect(check(null)).toBeNull();
  });

  it('works as a form validator: a blank title makes the form invalid', () => {
    const form = new FormGroup({ title: new FormControl<string | null>(' ', { validators: [notBlank] }) });
    expect(form.valid).toBe(false);
    form.controls.title.setValue('Toimintasuunnitelma 2021–2022');
    expect(form.valid).toBe(true);
  });
});

describe('offeredChoices', () => {
  const people = [
    { id: 'a', name: 'Aino', retired: false },
    { id: 'b', name: 'Bertil', retired: true },
    { id: 'c', name: 'Cecilia', retired: true },
  ];

  it('does not offer a retired person for a new action', () => {
    expect(offeredChoices(people, []).map((p) => p.name)).toEqual(['Aino']);
  });

  it('keeps a retired person on an action that already names them, in the list order', () => {
    expect(offeredChoices(people, ['c', 'a']).map((p) => p.name)).toEqual(['Aino', 'Cecilia']);
  });
});
