import { seedToDocument, StrategySeedFile } from './seed-files';

describe('seedToDocument', () => {
  it('keeps the content of a seed file and leaves the reviewers\' notes behind', () => {
    const file = {
      key: '2015',
      title: 'SONet BOTNIAn strategia 2015',
      status: 'archived',
      source: 'dict2',
      focusAreas: [
        {
          key: '2015-2',
          title: 'Vahvistaa sosiaalialan ammatillista osaamista ja identiteettiä',
          sourceLines: '317-560',
          csfs: [
            {
              key: '2015-2.5',
              title: 'Toimiva ohjausjärjestelmä',
              criteria: [
                {
                  key: '2015-2.5.1',
                  title: 'Kehittämistarpeiden välittyminen',
                  measurementKind: 'qualitative',
                  unit: null,
                  yearlyTarget: null,
                  frequency: null,
                  method: null,
                  note: 'transcription note',
                  responsibleRoles: ['development_director'],
                  measures: [{ text: 'm', measurementKind: 'count', unit: 'kpl', target: 1 }],
                  actions: [{ key: 'x', text: 'Selkiytetään tehtävät', roles: [], occasion: 'Lapuan strategiatilaisuus 17.3.', note: 'no role' }],
                },
              ],
            },
          ],
        },
      ],
    } as unknown as StrategySeedFile;
    const doc = seedToDocument(file);
    const criterion = doc.focusAreas[0].csfs[0].criteria[0];
    expect(criterion.roles).toEqual(['development_director']);
    expect(criterion.measures).toEqual([{ text: 'm', measurementKind: 'count', unit: 'kpl', target: 1, frequency: null }]);
    expect(criterion.actions[0]).toEqual({ text: 'Selkiytetään tehtävät', goal: null, roles: [], roleNote: null, note: 'Lapuan strategiatilaisuus 17.3.', measures: undefined });
    expect(JSON.stringify(doc)).not.toMatch(/transcription note|sourceLines|dict2/);
  });
});
