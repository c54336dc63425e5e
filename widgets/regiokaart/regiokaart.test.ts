import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import './define.js';
import { mount, nextEvent, readJson } from '../../test/helpers/wait.js';
import { formatValue, pointAt, profileOf } from '../../src/data/figures.js';
import { quantileScale } from '../../src/geo/classes.js';
import { formatFor } from '../../src/i18n/locale.js';
import type { Dataset } from '../../src/data/schema.js';
import type { HcaRegiokaart } from './regiokaart.js';

const fmt = formatFor('nl');
const root = (el: HTMLElement) => el.shadowRoot!;

/** Expected values per region id, computed from the dataset the way a reader would. */
async function expected(indicator: string, level: string) {
  const profiles = await readJson<Dataset<'profiles'>>('/dist/data/profiles.json');
  const regions = await readJson<Dataset<'regions'>>('/dist/data/regions.json');
  const def = profiles.indicators!.find((d) => d.id === indicator)!;
  const year = pointAt(profileOf(profiles, 'nl'), indicator)!.year;
  const ids = regions.records.filter((r) => r.level === level).map((r) => r.id);
  const values = new Map(ids.map((id) => [id, pointAt(profileOf(profiles, id), indicator, year)?.value]));
  const scale = quantileScale([...values.values()].filter((v): v is number => v !== undefined));
  return { def, year, values, scale, names: new Map(regions.records.map((r) => [r.id, r.name])) };
}

describe('hca-regiokaart', () => {
  afterEach(() => document.querySelectorAll('hca-regiokaart').forEach((e) => e.remove()));

  it('shades the 12 provinces in the classes of the data, with a legend of the class limits', async () => {
    const indicator = 'ict-ingeschrevenen-hbo';
    const { def, year, values, scale } = await expected(indicator, 'provincie');
    const { el, detail } = await mount('hca-regiokaart', { indicator });
    expect(detail.count).to.equal(12);
    const r = root(el);
    const paths = r.querySelectorAll('path.region');
    expect(paths.length).to.equal(12);
    for (const p of paths) {
      const id = p.getAttribute('data-region')!;
      const v = values.get(id)!;
      expect(p.getAttribute('fill'), id).to.equal(scale.colors[scale.classOf(v)]);
      expect(p.getAttribute('aria-label')).to.contain(formatValue(v, def, fmt, ''));
    }
    const items = r.querySelectorAll('[part="legend"] li[data-class]');
    expect(items.length).to.equal(scale.limits.length);
    expect(items[0].textContent).to.contain(`${fmt.number(scale.min)} t/m ${fmt.number(scale.limits[0])}`);
    for (let i = 1; i < scale.limits.length; i++) {
      expect(items[i].textContent).to.contain(`meer dan ${fmt.number(scale.limits[i - 1])} t/m ${fmt.number(scale.limits[i])}`);
    }
    const counted = [...items].reduce((n, li) => n + Number(li.querySelector('.count')!.textContent!.match(/\d+/)![0]), 0);
    expect(counted).to.equal(12);
    expect(r.querySelector('[part="legend"] h3')!.textContent).to.contain(String(year));
    expect(r.querySelector('[part="legend"] .source')!.textContent).to.contain('DUO');
    await expect(el).to.be.accessible();
  });

  it('hatches the regions without a figure, and shows them as absent in the table', async () => {
    const indicator = 'aandeel-vrouwen-ingeschrevenen-hbo';
    const { values } = await expected(indicator, 'arbeidsmarktregio');
    const absent = [...values].filter(([, v]) => v === undefined).map(([id]) => id);
    expect(absent.length).to.be.greaterThan(0);
    const { el } = await mount('hca-regiokaart', { indicator, level: 'arbeidsmarktregio' });
    const r = root(el);
    const hatched = [...r.querySelectorAll('path.region')].filter((p) => p.getAttribute('fill') === 'url(#hatch)').map((p) => p.getAttribute('data-region'));
    expect(hatched.sort()).to.deep.equal(absent.sort());
    expect(r.querySelector('[part="legend"] li[data-class="none"]')!.textContent).to.contain(`${absent.length} regio's`);
    const details = r.querySelector<HTMLDetailsElement>('details[part="table"]')!;
    details.open = true;
    expect(r.querySelectorAll('tbody tr').length).to.equal(35);
    expect(r.querySelector(`tbody tr[data-region="${absent[0]}"] td`)!.textContent).to.equal('geen gegeven');
    await expect(el).to.be.accessible();
  });

  it("shows all 35 arbeidsmarktregio's, each focusable with its name and value", async () => {
    const { names } = await expected('ict-ingeschrevenen-hbo', 'arbeidsmarktregio');
    const { el, detail } = await mount('hca-regiokaart', { level: 'arbeidsmarktregio' });
    expect(detail.count).to.equal(35);
    const paths = root(el).querySelectorAll('path.region');
    expect(paths.length).to.equal(35);
    for (const p of paths) {
      expect(p.getAttribute('tabindex')).to.equal('0');
      expect(p.getAttribute('role')).to.equal('button');
      expect(p.getAttribute('aria-label')).to.match(new RegExp(`^${names.get(p.getAttribute('data-region')!)!.replace(/[()]/g, '\\$&')}: `));
    }
  });

  it('keyboard: focus shows the tooltip, Enter fires hca-select, Escape hides the tooltip', async () => {
    const { el } = await mount('hca-regiokaart', { indicator: 'ict-ingeschrevenen-hbo' });
    const k = el as HcaRegiokaart;
    const path = root(el).querySelector<SVGPathElement>('path.region[data-region="utrecht"]')!;
    path.focus();
    await k.updateComplete;
    expect(root(el).activeElement).to.equal(path);
    const tip = root(el).querySelector('[part="tooltip"]')!;
    expect(tip.textContent).to.contain('Utrecht');
    await expect(el).to.be.accessible();
    const selected = nextEvent(el, 'hca-select');
    path.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(await selected).to.deep.equal({ kind: 'region', id: 'utrecht' });
    path.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await k.updateComplete;
    expect(root(el).querySelector('[part="tooltip"]')).to.equal(null);
  });

  it('with href-template every region is a link to its profile; a click fires hca-select too', async () => {
    const { el } = await mount('hca-regiokaart', { level: 'arbeidsmarktregio', 'href-template': '/regio/{region}.html' });
    const links = root(el).querySelectorAll('svg a');
    expect(links.length).to.equal(35);
    const link = root(el).querySelector<SVGAElement>('svg a[data-region="midden-utrecht"]')!;
    expect(link.getAttribute('href')).to.equal('/regio/midden-utrecht.html');
    expect(link.getAttribute('aria-label')).to.match(/^Midden-Utrecht: /);
    root(el).addEventListener('click', (e) => e.preventDefault()); // stay on the test page
    const selected = nextEvent(el, 'hca-select');
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(await selected).to.deep.equal({ kind: 'region', id: 'midden-utrecht' });
    await expect(el).to.be.accessible();
  });
});
