import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController } from '../src/data/data-controller.js';
import { clearDatasetCache, loadDataset } from '../src/data/load.js';
import { renderDataStatus } from '../src/ui/data-status.js';
import { nextEvent } from './helpers/wait.js';
import './helpers/use-dist.js';
import '../widgets/netwerkkaart/define.js';

/** A minimal host: the data controller and the shared status view, nothing else. */
class DataProbe extends LitElement {
  @property() accessor src: string | null = null;
  dataTimeout?: number;
  readonly data = new DataController(this, 'initiatives');
  render() {
    return html`${renderDataStatus(this.data, 'nl', () => void this.data.retry())}
      <ul class="records">
        ${this.data.data?.initiatives.records.map((r) => html`<li>${r.name}</li>`)}
      </ul>`;
  }
}
customElements.define('data-probe', DataProbe);

async function probe(src: string, timeout?: number) {
  const el = document.createElement('data-probe') as DataProbe;
  el.src = src;
  if (timeout) el.dataTimeout = timeout;
  const error = nextEvent(el, 'hca-data-error');
  document.body.append(el);
  const detail = await error;
  await el.updateComplete;
  return { el, detail, text: el.shadowRoot!.textContent!.replace(/\s+/g, ' ') };
}

describe('data controller', () => {
  let uncaught: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in e ? e.reason : e.error);
  beforeEach(() => {
    uncaught = [];
    clearDatasetCache();
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    document.querySelectorAll('data-probe').forEach((e) => e.remove());
    expect(uncaught, 'no uncaught errors').to.deep.equal([]);
  });

  it('says in words that a missing file was not found (404)', async () => {
    const { detail, text, el } = await probe('/test/fixtures/does-not-exist/initiatives.json');
    expect(detail.fatal).to.be.true;
    expect(detail.problems[0].code).to.equal('file.missing');
    expect(text).to.contain('De gegevens konden niet worden getoond.');
    expect(text).to.contain('niet gevonden (404)');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('reads a blob: src (the data desk, a page that builds its data), with companions from the kit', async () => {
    const doc = await (await fetch('/dist/data/initiatives.json')).json();
    const src = URL.createObjectURL(new Blob([JSON.stringify({ ...doc, records: doc.records.slice(0, 3) })], { type: 'application/json' }));
    const el = document.createElement('hca-netwerkkaart');
    el.setAttribute('src', src);
    const ready = nextEvent(el, 'hca-ready');
    document.body.append(el);
    expect((await ready).count).to.equal(3);
    el.remove();
  });

  it('says so when src is no URL at all, instead of loading forever', async () => {
    const { detail, text } = await probe('http://[nee');
    expect(detail.fatal).to.be.true;
    expect(detail.problems[0].code).to.equal('file.network');
    expect(text).to.contain('De gegevens konden niet worden getoond.');
  });

  it('says the file is not valid JSON', async () => {
    const { detail, text } = await probe('/test/fixtures/broken/invalid.json');
    expect(detail.problems[0].code).to.equal('file.json');
    expect(text).to.contain('geen geldige JSON');
  });

  it('says the document has the wrong shape', async () => {
    const { detail, text } = await probe('/test/fixtures/broken/wrong-shape.json');
    expect(detail.fatal).to.be.true;
    expect(detail.problems.map((p) => p.path)).to.include('schemaVersion');
    expect(text).to.contain('wrong-shape.json');
  });

  it('gives up on a slow server after the timeout', async () => {
    const t0 = performance.now();
    const { detail, text } = await probe('/__test/slow/initiatives.json', 500);
    expect(performance.now() - t0).to.be.below(2500);
    expect(detail.problems[0].code).to.equal('file.timeout');
    expect(text).to.contain('langer dan 0.5 seconden');
  });

  it('reports a server error with its code', async () => {
    const { detail } = await probe('/__test/error500/initiatives.json');
    expect(detail.problems[0]).to.include({ code: 'file.http' });
    expect(detail.problems[0].params).to.include({ status: 500 });
  });

  it('skips bad records, shows every valid one, and names file, record and field', async () => {
    const { detail, text, el } = await probe('/test/fixtures/broken/initiatives.json');
    expect(detail.fatal).to.be.false;
    const names = [...el.shadowRoot!.querySelectorAll('.records li')].map((li) => li.textContent);
    expect(names).to.deep.equal(['Alpha <b>vet</b>', 'Beta']);
    const errors = detail.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.index, p.id, p.path, p.code])).to.deep.equal([
      [2, 'gamma', 'sources.0.url', 'url.http'],
      [3, 'delta', 'place.lat', 'coord.outside'],
      [3, 'delta', 'place.lon', 'coord.outside'],
      [4, 'alpha', 'id', 'id.duplicate'],
    ]);
    expect(detail.messages[0]).to.equal(
      'initiatives.json, record 3 (gamma), veld sources.0.url: moet een webadres zijn dat begint met http:// of https:// (gevonden: "javascript:alert(1)")',
    );
    expect(text).to.contain('3 onderdelen van de gegevens zijn niet getoond');
    // Hostile text is text: the <b> in a name is not markup.
    expect(el.shadowRoot!.querySelector('.records li b')).to.be.null;
  });

  it('fetches each URL once per page, shared by every element', async () => {
    const url = `/test/fixtures/ok/initiatives.json?once=${Math.random()}`;
    const before = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(url.slice(1))).length;
    const [a, b] = await Promise.all([loadDataset('initiatives', url), loadDataset('initiatives', url)]);
    expect(a).to.equal(b);
    await loadDataset('initiatives', url);
    const after = performance.getEntriesByType('resource').filter((e) => e.name.includes(url.split('?')[1])).length;
    expect(after - before).to.equal(1);
    expect(a.dataset!.records).to.have.length(2);
  });
});
