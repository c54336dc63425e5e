import { expect } from '@open-wc/testing';
import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FilterStateController, type FacetFilters } from './filter-state.js';

type Filters = FacetFilters<'region' | 'kind'>;
interface Rec {
  id: string;
  region: string;
  kind: string;
}

const RECORDS: Rec[] = [
  { id: 'a', region: 'utrecht', kind: 'campus' },
  { id: 'b', region: 'utrecht', kind: 'community' },
  { id: 'c', region: 'drenthe', kind: 'campus' },
];
const empty = (): Filters => ({ query: '', region: [], kind: [] });
/** Plain filtering, enough for a host that is not a widget. */
const index = (records: readonly Rec[]) => ({
  apply: (f: Filters) => ({
    records: records.filter(
      (r) => (!f.region.length || f.region.includes(r.region)) && (!f.kind.length || f.kind.includes(r.kind)) && r.id.includes(f.query.trim()),
    ),
  }),
});

/** A host with one preset attribute (`region`), a selection and two facets. */
class FilterHost extends LitElement {
  @property() accessor region: string | null = null;
  @state() accessor filters: Filters = empty();
  selected: string | null = null;
  restoredSelection: string | null | undefined;
  presets: Partial<Filters>[] = [];
  readonly state = new FilterStateController(this, {
    facets: { region: 'regio', kind: 'type' },
    query: 'zoek',
    selection: 'initiatief',
    presets: { region: 'region' },
    empty,
    records: () => RECORDS,
    index,
    selected: () => this.selected,
    onRestoreSelection: (id) => (this.restoredSelection = id),
    onPreset: (f) => this.presets.push(f),
  });
  protected willUpdate(changed: PropertyValues<this>): void {
    this.state.update(changed);
  }
  render() {
    return html`${this.state.result?.records.map((r) => r.id).join(',')}`;
  }
}
customElements.define('test-filter-host', FilterHost);

async function host(attrs: Record<string, string>): Promise<FilterHost> {
  const el = document.createElement('test-filter-host') as FilterHost;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const shown = (el: FilterHost) => el.shadowRoot!.textContent!.trim();
const params = () => Object.fromEntries(new URLSearchParams(location.search));
/** The URL is written soon after a change (200 ms), not on every keystroke. */
const written = () => new Promise((r) => setTimeout(r, 300));

describe('FilterStateController', () => {
  afterEach(() => {
    document.querySelectorAll('test-filter-host').forEach((e) => e.remove());
    history.replaceState(null, '', location.pathname);
  });

  it('round trip: attribute -> filters -> URL -> a new element restores the same view', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1`);
    const el = await host({ region: 'utrecht', 'sync-url': '' });
    expect(el.filters.region).to.deep.equal(['utrecht']);
    expect(el.presets).to.deep.equal([{ region: ['utrecht'] }]);
    expect(shown(el)).to.equal('a,b');
    await written();
    expect(params()).to.deep.equal({ keep: '1', regio: 'utrecht' });
    // The visitor narrows the view and opens a record: one filter-change event, the URL follows.
    const changes: unknown[] = [];
    el.addEventListener('hca-filter-change', (e) => changes.push(e.detail));
    el.filters = { ...el.filters, kind: ['campus'], query: ' a ' };
    el.selected = 'a';
    await el.updateComplete;
    expect(shown(el)).to.equal('a');
    expect(changes).to.deep.equal([{ filters: { query: ' a ', region: ['utrecht'], kind: ['campus'] }, count: 1 }]);
    await written();
    expect(params()).to.deep.equal({ keep: '1', initiatief: 'a', zoek: 'a', regio: 'utrecht', type: 'campus' });
    expect(el.state.shareUrl('b')).to.equal(`${location.origin}${location.pathname}?keep=1&initiatief=b`);
    el.remove();
    // A new element on this URL: the link wins over its own attribute on the first render.
    const again = await host({ region: 'flevoland', 'sync-url': '' });
    expect(again.filters).to.deep.equal({ query: 'a', region: ['utrecht'], kind: ['campus'] });
    expect(again.restoredSelection).to.equal('a');
    expect(again.presets).to.deep.equal([{ query: 'a', region: ['utrecht'], kind: ['campus'] }]);
    expect(shown(again)).to.equal('a');
    // Later attribute changes apply.
    again.setAttribute('region', 'drenthe');
    await again.updateComplete;
    expect(again.filters).to.deep.equal({ query: 'a', region: ['drenthe'], kind: ['campus'] });
    expect(again.presets.at(-1)).to.deep.equal({ region: ['drenthe'] });
    expect(shown(again)).to.equal('');
    // Back/forward restores the URL's view.
    history.replaceState(null, '', `${location.pathname}?type=community`);
    dispatchEvent(new PopStateEvent('popstate'));
    await again.updateComplete;
    expect(again.filters).to.deep.equal({ query: '', region: [], kind: ['community'] });
    expect(again.restoredSelection).to.equal(null);
    expect(shown(again)).to.equal('b');
  });

  it('without sync-url reads and writes no URL', async () => {
    history.replaceState(null, '', `${location.pathname}?regio=drenthe`);
    const el = await host({ region: 'utrecht' });
    expect(el.filters.region).to.deep.equal(['utrecht']);
    el.filters = { ...el.filters, kind: ['campus'] };
    await el.updateComplete;
    await written();
    expect(params()).to.deep.equal({ regio: 'drenthe' });
  });
});
