import { offeredChoices } from './form-utils';

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
