/**
 * Dated data releases in the browser: `data-version` pins an element to a release in
 * dist/data/<date>/ (listed in dist/data/releases.json), `src` wins over it, an unknown
 * version is said in words, and every element shows the date of the data it shows.
 */
import './helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import '../widgets/netwerkkaart/define.js';
import '../widgets/regiokaart/define.js';
import '../widgets/regioprofiel/define.js';
import '../widgets/werkende-modellen/define.js';
import { mount, nextEvent, readJson, until } from './helpers/wait.js';

interface ReleasesIndex {
  latest: string;
  releases: {
    date: string;
    path: string;
    records: Record<string, number>;
    previous?: string;
    changes: { dataset: string; added: string[]; removed: string[] }[];
  }[];
}

const dataDate = (el: Element) => el.shadowRoot!.querySelector('.data-date')?.textContent?.trim();
const TAGS = ['hca-netwerkkaart', 'hca-regioprofiel', 'hca-regiokaart', 'hca-werkende-modellen'];

describe('data releases (data-version)', () => {
  let index: ReleasesIndex;
  before(async () => {
    index = await readJson('/dist/data/releases.json');
  });
  afterEach(() => TAGS.forEach((tag) => document.querySelectorAll(tag).forEach((e) => e.remove())));

  it('releases.json lists the releases, newest first, the latest as the one in dist/data/, each with what changed', async () => {
    expect(index.releases.map((r) => r.date)).to.include.members(['2026-11-30', '2026-11-27']);
    expect(index.releases[0].date).to.equal(index.latest);
    expect((await readJson('/dist/data/initiatives.json')).updated).to.equal(index.latest);
    for (const r of index.releases) expect((await readJson(`/dist/data/${r.path}initiatives.json`)).records.length).to.equal(r.records.initiatives);
    const fixes = index.releases.find((r) => r.date === '2026-11-30')!;
    expect(fixes.previous).to.equal('2026-11-27');
    expect(fixes.changes.find((c) => c.dataset === 'initiatives')!.removed).to.deep.equal(['newtechpark-apeldoorn']);
    expect(index.releases.at(-1)!.changes).to.deep.equal([]);
  });

  it('pins the netwerkkaart to an older release: its records and its date, not the latest', async () => {
    const oldest = index.releases.at(-1)!;
    const old = await readJson(`/dist/data/${oldest.path}initiatives.json`);
    const latest = await readJson('/dist/data/initiatives.json');
    const onlyOld = old.records.filter((r: { id: string }) => !latest.records.some((l: { id: string }) => l.id === r.id));
    expect(onlyOld.length, 'the releases differ').to.be.greaterThan(0);

    const shownIds = (el: Element) => (el as HTMLElement & { result?: { records: { id: string }[] } }).result!.records.map((r) => r.id);
    const { el, detail } = await mount('hca-netwerkkaart', { 'data-version': oldest.date });
    expect(detail.count).to.equal(old.records.length);
    expect(shownIds(el)).to.include(onlyOld[0].id);
    expect(dataDate(el)).to.equal('Gegevens van 27 november 2026');

    const { el: now, detail: nowDetail } = await mount('hca-netwerkkaart', {});
    expect(nowDetail.count).to.equal(latest.records.length);
    expect(shownIds(now)).not.to.include(onlyOld[0].id);
    expect(dataDate(now)).not.to.equal(dataDate(el));
  });

  it('src wins over data-version', async () => {
    const { detail } = await mount('hca-netwerkkaart', { 'data-version': '2026-11-27', src: '/dist/data/initiatives.json' });
    expect(detail.count).to.equal((await readJson('/dist/data/initiatives.json')).records.length);
  });

  it('an unknown or malformed version gives a readable message, in Dutch and English, not an empty box', async () => {
    for (const [version, lang, words] of [
      ['2001-01-01', 'nl', 'er is geen gegevensversie "2001-01-01"'],
      ['latest/../..', 'en', 'there is no data version "latest/../.."'],
    ]) {
      const el = document.createElement('hca-werkende-modellen');
      el.setAttribute('data-version', version);
      el.setAttribute('lang', lang);
      const error = nextEvent(el, 'hca-data-error');
      document.body.append(el);
      const { fatal, messages } = await error;
      expect(fatal).to.equal(true);
      expect(messages.join(' ')).to.contain(words);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelector('[part="status"][role="alert"]')!.textContent).to.contain(words);
      el.remove();
    }
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('latest/'))).to.equal(false);
  });

  it('every element shows the date of its data, in Dutch and in English', async () => {
    for (const tag of TAGS) {
      const { el } = await mount(tag, { 'data-version': '2026-11-27' });
      expect(dataDate(el), tag).to.contain('Gegevens van 27 november 2026');
      el.setAttribute('lang', 'en'); // seen by the element's language observer, then rendered
      expect(await until(() => dataDate(el)?.includes('Data of') && dataDate(el), `${tag} in English`)).to.contain('Data of 27 November 2026');
      el.remove();
    }
    // the latest data: its envelope date, written as Intl's long date
    const { el } = await mount('hca-werkende-modellen', {});
    expect(dataDate(el)).to.equal(
      `Gegevens van ${new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${index.latest}T12:00:00Z`))}`,
    );
  });
});
