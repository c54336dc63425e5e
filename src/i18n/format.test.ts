import { expect } from '@open-wc/testing';
import { Format } from './format.js';

describe('Format', () => {
  it("writes a date as Intl's long date style does, without Intl (whose date data is slow to load)", () => {
    for (const [lang, locale] of [
      ['nl', 'nl-NL'],
      ['en', 'en-GB'],
    ] as const) {
      const format = new Format(lang);
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
      for (let day = 0; day < 4 * 366; day += 3) {
        const iso = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
        expect(format.isoDate(iso), iso).to.equal(intl.format(new Date(`${iso}T12:00:00Z`)));
      }
      expect(format.isoDate('2026-02-30')).to.equal(intl.format(new Date('2026-02-30T12:00:00Z')));
      expect(format.isoDate('later')).to.equal('later');
    }
  });

  it('formats numbers and percentages per language', () => {
    expect(new Format('nl').number(25687)).to.equal('25.687');
    expect(new Format('en').number(25687)).to.equal('25,687');
    expect(new Format('nl').percent(3.94)).to.equal('3,9%');
    expect(new Format('en').number(2.25)).to.equal('2.3');
  });
});
