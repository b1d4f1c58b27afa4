import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { joinLines, parseMinutes } from './minutes-parser';

/** The 2014 Etelä-Pohjanmaa steering-group minutes, as the customer gave them (a byte-exact copy in the repo: tools/seed-data/source). */
const MINUTES_2014 = readFileSync(resolve(__dirname, '../../../../../../tools/seed-data/source/minutes-ep-2014.txt'), 'utf8');

describe('parseMinutes: the 2014 EP minutes', () => {
  const parsed = parseMinutes(MINUTES_2014);

  it('finds § 1–12 on the lines where the minutes print them, with no problems', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // line numbers read from the file: "1 § Kokouksen avaus" is line 1, "2§" line 4, "7§" line 71, "12§" line 143
    expect(parsed.items.map((i) => i.line)).toEqual([1, 4, 11, 17, 34, 59, 71, 83, 89, 120, 142, 143]);
  });

  it('reads titles, also where the § number is followed by spaces ("7§        Sosiaalihuollon …")', () => {
    expect(parsed.items[0].title).toBe('Kokouksen avaus');
    expect(parsed.items[1].title).toBe('Esityslistan hyväksyminen');
    expect(parsed.items[6].title).toBe('Sosiaalihuollon tutkimuksen ja kehittämisen rakenteen haaste sote -järjestämisvalmistelussa');
    expect(parsed.items[9].title).toBe('Muut asiat');
  });

  it('splits Esitys, Käsittely and Päätös and joins the wrapped lines (§ 2)', () => {
    expect(parsed.items[1]).toMatchObject({
      proposal: 'Hyväksytään kokouskutsun asialista kokouksen esityslistaksi',
      discussion:
        'Hyväksytään kokouskutsun asialista kokouksen esityslistaksi sillä SONet BOTNIAn toivomalla muutoksella, että 7-8 §:t otetaan käsittelyyn jo 5§ kohdalla ja muuten edetään asialistan mukaisessa järjestyksessä.',
      decision: 'Hyväksytään esitetyt muutokset.',
    });
  });

  it('does not take "7-8 §:t" or "5§ kohdalla" inside a sentence for a new §', () => {
    expect(parsed.items.filter((i) => i.number === 5)).toHaveLength(1);
    expect(parsed.items.filter((i) => i.number === 7)).toHaveLength(1);
  });

  it('keeps unlabelled text of a § as its discussion (§ 1 and § 12), and § 11 as one title line', () => {
    expect(parsed.items[0]).toMatchObject({ proposal: null, discussion: 'Puheenjohtaja Harri Jokiranta avasi kokouksen klo 9.35.', decision: null });
    expect(parsed.items[11].discussion).toBe('Klo 11 alkaen Harri Jokirannan poistuttua puheenjohtajana tällä kokouskerralla toiminut Teemu Puolijoki päätti kokouksen klo 12.00');
    expect(parsed.items[10]).toMatchObject({ title: 'Seuraava kokous pidetään 10.10.14 (varapäivä 24.10.14) ja vuoden viimeinen kokous on 21.11.2014', discussion: null });
  });

  it('rejoins a word hyphenated at the line end ("integroitumi-" / "sen", § 5)', () => {
    expect(parsed.items[4].discussion).toContain('laajemmasta pohdinnasta integroitumisen yhteydessä');
    expect(parsed.items[4].discussion).toContain('ajankohtaisteemoihin keskittyminen jatkossa');
  });

  it('keeps the bullet list of § 10 line by line', () => {
    const lines = (parsed.items[9].discussion ?? '').split('\n');
    expect(lines[0]).toBe('- Tulevia tilaisuuksia');
    expect(lines[1]).toBe('- EP:n lapsiperhepalvelujen monialainen kehittäjäverkosto, Kurikka 22.8.14');
    expect(lines[lines.length - 1]).toBe('- Kuntien lastensuojelun ja terveydenhuollon sosiaalityöntekijöiden yhteinen työkokous 25.9.14, Seinäjoki');
  });

  it('stops at "Liite 1." and lists the three appendices with their lines', () => {
    expect(parsed.appendices).toEqual([
      { title: 'Liite 1', line: 153 },
      { title: 'Liite 2', line: 292 },
      { title: 'Liite 3. SONet BOTNIAn strategia 2015 (ks. strategialinkit nettisivuillemme)', line: 293 },
    ]);
    expect(parsed.items[11].discussion).not.toContain('TAUSTAA');
  });
});

describe('parseMinutes: problems named by line', () => {
  it('a § number that goes back, a repeated §, an empty title and an empty Päätös', () => {
    const text = ['Aika: 12.2.2026 klo 9.30', '1 § Kokouksen avaus', 'Päätös:', '3 § Talous', '2 § Väärässä järjestyksessä', '3 § Toistettu', '4 §', 'Esitys: x'].join('\n');
    const { problems, items, preamble } = parseMinutes(text);
    expect(preamble).toBe('Aika: 12.2.2026 klo 9.30');
    expect(items.map((i) => i.number)).toEqual([1, 3, 2, 3, 4]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'empty_section'],
      [5, 'number_not_increasing'],
      [6, 'duplicate_number'],
      [7, 'empty_title'],
    ]);
  });

  it('a label before the first § and a second Päätös in one §', () => {
    const { problems } = parseMinutes(['Päätös: ei pykälää', '§ 1 Avaus', 'Päätös: a', 'Päätös: b'].join('\n'));
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [1, 'label_outside_item'],
      [4, 'duplicate_label'],
    ]);
  });

  it('no § at all', () => {
    expect(parseMinutes('Pelkkää tekstiä\nilman pykäliä').problems).toEqual([{ line: 1, code: 'no_items', message: expect.any(String) }]);
  });

  it('reads "§ 3 Otsikko" and Swedish labels', () => {
    const { items, problems } = parseMinutes('§ 3 Budget\nFörslag: Godkänns.\nBeslut: Godkändes.');
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({ number: 3, title: 'Budget', proposal: 'Godkänns.', decision: 'Godkändes.' });
  });
});

describe('joinLines', () => {
  it('joins wrapped lines, keeps paragraphs, keeps a hyphen before a space or a capital', () => {
    expect(joinLines(['Sosiaali- ja', 'terveys', '', 'Toinen kappale EP-', 'Aksila'])).toBe('Sosiaali- ja terveys\n\nToinen kappale EP- Aksila');
  });
  it('does not glue an address split at a hyphen', () => {
    expect(joinLines(['http://www.sos-', 'hanke.fi'])).toBe('http://www.sos- hanke.fi');
  });
  it('null for only blank lines', () => {
    expect(joinLines(['  ', ''])).toBeNull();
  });
});
