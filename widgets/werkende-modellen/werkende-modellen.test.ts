import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import './define.js';
import { mount, nextEvent, readJson } from '../../test/helpers/wait.js';

describe('hca-werkende-modellen', () => {
  afterEach(() => document.querySelectorAll('hca-werkende-modellen').forEach((e) => e.remove()));

  it('shows every model of the default data, each labelled concept while it is one', async () => {
    const data = await readJson('/dist/data/models.json');
    const { el, detail } = await mount('hca-werkende-modellen', {});
    expect(detail.count).to.equal(data.records.length);
    const items = el.shadowRoot!.querySelectorAll('[part="item"]');
    expect(items.length).to.equal(data.records.length);
    const concept = data.records.filter((m: { status: string }) => m.status === 'concept').length;
    expect(el.shadowRoot!.querySelectorAll('summary .concept').length).to.equal(concept);
    expect(items[0].querySelector('h3')!.textContent).to.equal(data.records[0].name);
    await expect(el).to.be.accessible();
  });

  it('opens the model named by `model`, links examples to the map, and fires hca-select on open', async () => {
    const data = await readJson('/dist/data/models.json');
    const first = data.records[0];
    const second = data.records[1];
    const { el } = await mount('hca-werkende-modellen', { model: first.id, 'map-href': '/kaart?model={model}&initiatief={id}' });
    const open = el.shadowRoot!.querySelectorAll('details[open]');
    expect(open.length).to.equal(1);
    const links = [...open[0].querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include(`/kaart?model=${first.id}&initiatief=${first.examples[0]}`);
    const select = nextEvent(el, 'hca-select');
    (el.shadowRoot!.querySelectorAll('summary')[1] as HTMLElement).click();
    expect(await select).to.deep.equal({ kind: 'model', id: second.id });
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const { el } = await mount('hca-werkende-modellen', { lang: 'en' });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Working models');
  });
});
