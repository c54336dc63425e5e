import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { readUrlState, urlWithState, UrlStateController, type UrlParam, type UrlState } from './url-state.js';

const PARAMS: readonly UrlParam[] = ['regio', 'zoek', 'type'];

/** A tiny element with the controller, as a widget would hold it. */
class UrlStateHost extends LitElement {
  restored: UrlState[] = [];
  readonly url = new UrlStateController(this, PARAMS, (state) => this.restored.push(state));
  render() {
    return html`<p>url state</p>`;
  }
}
customElements.define('test-url-state-host', UrlStateHost);

/** An element whose URL state is a function of its view: `region`, whatever sets it. */
class UrlViewHost extends LitElement {
  static properties = { region: {} };
  declare region: string;
  restored: UrlState[] = [];
  readonly url = new UrlStateController(
    this,
    PARAMS,
    (state) => this.restored.push(state),
    () => ({ regio: this.region ? [this.region] : [] }),
  );
  render() {
    return html`<p>${this.region}</p>`;
  }
}
customElements.define('test-url-view-host', UrlViewHost);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('readUrlState', () => {
  it('reads comma lists and repeated parameters, in order', () => {
    expect(readUrlState(PARAMS, '?regio=utrecht,groningen&type=a&type=b,c')).to.deep.equal({ regio: ['utrecht', 'groningen'], type: ['a', 'b', 'c'] });
  });

  it('trims values and drops empty ones', () => {
    expect(readUrlState(PARAMS, '?regio=%20utrecht%20,%20,,groningen%20&zoek=%20%20&type=')).to.deep.equal({ regio: ['utrecht', 'groningen'] });
  });

  it('ignores parameters it was not asked for, including other kit parameters', () => {
    expect(readUrlState(['zoek'], '?regio=utrecht&foo=1&zoek=ict')).to.deep.equal({ zoek: ['ict'] });
    expect(readUrlState(PARAMS, '?foo=1&bar=2')).to.deep.equal({});
    expect(readUrlState(PARAMS, '')).to.deep.equal({});
  });

  it('decodes values', () => {
    expect(readUrlState(PARAMS, '?zoek=caf%C3%A9+ict&regio=a%2Cb')).to.deep.equal({ zoek: ['café ict'], regio: ['a', 'b'] });
  });

  it('reads the page URL by default', () => {
    const saved = location.href;
    try {
      history.replaceState(history.state, '', '?regio=zeeland&other=1');
      expect(readUrlState(PARAMS)).to.deep.equal({ regio: ['zeeland'] });
    } finally {
      history.replaceState(history.state, '', saved);
    }
  });
});

describe('urlWithState', () => {
  const base = 'https://partner.example/pagina?foo=1&regio=oud&zoek=x#kaart';

  it('writes the state as comma lists and leaves other parameters and the hash alone', () => {
    expect(urlWithState(PARAMS, { regio: ['utrecht', 'zeeland'], type: ['campus'] }, base)).to.equal(
      'https://partner.example/pagina?foo=1&regio=utrecht%2Czeeland&type=campus#kaart',
    );
  });

  it('removes parameters whose state is empty or missing', () => {
    expect(urlWithState(PARAMS, { regio: [], zoek: [''] }, base)).to.equal('https://partner.example/pagina?foo=1#kaart');
    expect(urlWithState(PARAMS, {}, 'https://partner.example/p?zoek=x')).to.equal('https://partner.example/p');
    expect(urlWithState(PARAMS, { regio: ['', 'utrecht'] }, 'https://partner.example/p')).to.equal('https://partner.example/p?regio=utrecht');
  });

  it('touches only the parameters it was given', () => {
    expect(urlWithState(['zoek'], { zoek: ['ict'], regio: ['utrecht'] }, base)).to.equal('https://partner.example/pagina?foo=1&regio=oud&zoek=ict#kaart');
  });

  it('round-trips with readUrlState', () => {
    const state = { regio: ['noord-holland', 'utrecht'], zoek: ['ict & zorg'] };
    expect(readUrlState(PARAMS, new URL(urlWithState(PARAMS, state, base)).search)).to.deep.equal(state);
  });
});

describe('UrlStateController', () => {
  let saved: string;
  let replaced: string[];
  let pushed: number;
  let replaceState: History['replaceState'];
  let pushState: History['pushState'];

  beforeEach(() => {
    saved = location.href;
    replaced = [];
    pushed = 0;
    replaceState = history.replaceState;
    pushState = history.pushState;
    history.replaceState = function (data, unused, url) {
      replaced.push(String(url));
      return replaceState.call(history, data, unused, url);
    };
    history.pushState = function (data, unused, url) {
      pushed++;
      return pushState.call(history, data, unused, url);
    };
  });

  afterEach(() => {
    document.querySelectorAll('test-url-state-host, test-url-view-host').forEach((e) => e.remove());
    history.replaceState = replaceState;
    history.pushState = pushState;
    history.replaceState(history.state, '', saved);
  });

  const mount = (sync = true) => {
    const el = document.createElement('test-url-state-host') as UrlStateHost;
    if (sync) el.setAttribute('sync-url', '');
    document.body.append(el);
    return el;
  };
  const param = (p: string) => new URL(location.href).searchParams.get(p);

  it('without sync-url neither reads nor writes the URL', async () => {
    replaceState.call(history, history.state, '', '?regio=utrecht');
    const el = mount(false);
    expect(el.url.enabled).to.equal(false);
    expect(el.restored).to.deep.equal([]);
    el.url.write({ regio: ['zeeland'] }, 10);
    await sleep(60);
    el.url.flush();
    el.remove();
    expect(param('regio')).to.equal('utrecht');
    expect(replaced).to.deep.equal([]);
    dispatchEvent(new PopStateEvent('popstate'));
    expect(el.restored).to.deep.equal([]);
  });

  it('restores the state in the URL when it connects', () => {
    replaceState.call(history, history.state, '', '?regio=utrecht,zeeland&zoek=ict&foo=bar');
    const el = mount();
    expect(el.url.enabled).to.equal(true);
    expect(el.restored).to.deep.equal([{ regio: ['utrecht', 'zeeland'], zoek: ['ict'] }]);
  });

  it('writes with replaceState, never pushState: no new history entry, other parameters kept', async () => {
    const start = new URL(saved);
    start.searchParams.set('foo', 'bar');
    replaceState.call(history, history.state, '', start.href);
    const length = history.length;
    const el = mount();
    el.url.write({ regio: ['utrecht'], zoek: ['ict'] }, 20);
    await sleep(150);
    expect(param('regio')).to.equal('utrecht');
    expect(param('zoek')).to.equal('ict');
    expect(param('foo')).to.equal('bar');
    expect(replaced).to.have.length(1);
    expect(pushed).to.equal(0);
    expect(history.length).to.equal(length);
    // the test runner's own parameters survive too
    expect(new URL(location.href).searchParams.get('wtr-session-id')).to.equal(new URL(saved).searchParams.get('wtr-session-id'));
  });

  it('debounces: writes while typing give one URL change, with the last state, after the pause', async () => {
    const el = mount();
    const start = location.href;
    // a write every 100 ms for 0.7 s, each within the 500 ms delay of the one before
    for (const q of ['i', 'ic', 'ict', 'ict ', 'ict z', 'ict zo', 'ict zor', 'ict zorg']) {
      el.url.write({ zoek: [q] }, 500);
      await sleep(100);
      expect(location.href, `after writing "${q}"`).to.equal(start);
    }
    expect(replaced).to.deep.equal([]);
    await sleep(600);
    expect(replaced).to.have.length(1);
    expect(param('zoek')).to.equal('ict zorg');
  });

  it('flush writes the pending state at once, and only once', async () => {
    const el = mount();
    el.url.write({ type: ['campus', 'community'] }, 300);
    expect(param('type')).to.equal(null);
    el.url.flush();
    expect(param('type')).to.equal('campus,community');
    expect(replaced).to.have.length(1);
    el.url.flush();
    await sleep(400);
    expect(replaced).to.have.length(1);
  });

  it('does not touch the URL when the state is already in it', async () => {
    replaceState.call(history, history.state, '', '?regio=utrecht');
    const el = mount();
    el.url.write({ regio: ['utrecht'] });
    el.url.flush();
    expect(replaced).to.deep.equal([]);
  });

  it('flushes a pending write when the element leaves the page', () => {
    const el = mount();
    el.url.write({ regio: ['zeeland'] }, 5000);
    el.remove();
    expect(param('regio')).to.equal('zeeland');
    expect(replaced).to.have.length(1);
  });

  it('writes the view after any update that changed it, once per change, and nothing for other updates', async () => {
    const el = document.createElement('test-url-view-host') as UrlViewHost;
    el.setAttribute('sync-url', '');
    el.region = 'utrecht';
    document.body.append(el);
    await el.updateComplete;
    await sleep(300);
    expect(param('regio')).to.equal('utrecht');
    el.region = 'zeeland';
    await el.updateComplete;
    el.requestUpdate(); // an update that leaves the view alone
    await el.updateComplete;
    await sleep(300);
    expect(param('regio')).to.equal('zeeland');
    expect(replaced).to.have.length(2);
    expect(pushed).to.equal(0);
    el.remove();
  });

  it('restores on back/forward (popstate) while connected, and not after', () => {
    const el = mount();
    expect(el.restored).to.deep.equal([{}]);
    replaceState.call(history, history.state, '', '?regio=limburg&type=campus');
    dispatchEvent(new PopStateEvent('popstate'));
    expect(el.restored).to.deep.equal([{}, { regio: ['limburg'], type: ['campus'] }]);
    el.remove();
    dispatchEvent(new PopStateEvent('popstate'));
    expect(el.restored).to.have.length(2);
  });
});
