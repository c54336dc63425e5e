import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import './define.js';
import { mount, nextEvent, readJson } from '../../test/helpers/wait.js';

describe('hca-netwerkkaart', () => {
  afterEach(() => document.querySelectorAll('hca-netwerkkaart').forEach((e) => e.remove()));

  it('draws the offline basemap and every initiative, with no tile server', async () => {
    const data = await readJson('/dist/data/initiatives.json');
    const { el, detail } = await mount('hca-netwerkkaart', {});
    expect(detail.count).to.equal(data.records.length);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.leaflet-overlay-pane path').length).to.be.greaterThan(12);
    expect(root.querySelectorAll('.leaflet-tile').length).to.equal(0);
    expect(root.querySelectorAll('.hca-marker').length).to.be.greaterThan(0);
    expect(root.querySelectorAll('[part="item"]').length).to.equal(data.records.length);
    expect(root.querySelector('.leaflet-control-attribution')!.textContent).to.contain('CBS');
    await expect(el).to.be.accessible();
  });

  it('selects an initiative from the list and shows its card with its sources', async () => {
    const data = await readJson('/dist/data/initiatives.json');
    const { el } = await mount('hca-netwerkkaart', {});
    const select = nextEvent(el, 'hca-select');
    (el.shadowRoot!.querySelector('[part="item"] button') as HTMLButtonElement).click();
    expect(await select).to.deep.equal({ kind: 'initiative', id: data.records[0].id });
    await (el as any).updateComplete;
    const card = el.shadowRoot!.querySelector('[part="card"]')!;
    expect(card.querySelector('h3')!.textContent).to.equal(data.records[0].name);
    expect(card.querySelector('a[href]')!.getAttribute('href')).to.match(/^https?:/);
    await expect(el).to.be.accessible();
  });
});
