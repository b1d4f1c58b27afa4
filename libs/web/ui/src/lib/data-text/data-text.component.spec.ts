import { pickDataText } from './data-text.component';

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
