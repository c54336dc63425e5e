import { expect } from '@open-wc/testing';
import { embedAttributes } from '../widgets/embed.js';
import { readJson, until } from './helpers/wait.js';

/**
 * The iframe route (dist/embed/<element>.html, built): a partner page with only an iframe
 * and the resize snippet of the README.
 */

/** The README's parent-page snippet: every height an embed posts sizes its iframe. */
function resizeFrom(iframe: HTMLIFrameElement): { heights: number[]; stop: () => void } {
  const heights: number[] = [];
  const onMessage = (e: MessageEvent) => {
    if (e.source !== iframe.contentWindow || e.data?.type !== 'hca-embed-height') return;
    heights.push(e.data.height);
    iframe.style.height = `${e.data.height}px`;
  };
  addEventListener('message', onMessage);
  return { heights, stop: () => removeEventListener('message', onMessage) };
}

function frameOf(src: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.title = 'HCA ICT';
  iframe.style.cssText = 'width: 900px; border: 0; display: block';
  iframe.src = src;
  document.body.append(iframe);
  return iframe;
}

describe('the iframe route (dist/embed/)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('copies only whitelisted URL parameters, as attribute values', () => {
    const attrs = embedAttributes(
      'hca-netwerkkaart',
      '?regio=utrecht&zoek=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&src=https://evil.example/x.json&tiles=https://t.example/{z}/{x}/{y}.png&onclick=x&renderer=maplibre',
    );
    expect(attrs).to.deep.equal({ region: 'utrecht', query: '<img src=x onerror=alert(1)>', renderer: 'maplibre', 'sync-url': '' });
    expect(embedAttributes('hca-regiokaart', '?jaar=2023&niveau=arbeidsmarktregio&href-template=https://evil.example/{id}&taal=en')).to.deep.equal({
      year: '2023',
      level: 'arbeidsmarktregio',
      lang: 'en',
    });
    expect(embedAttributes('hca-werkende-modellen', `?model=${'x'.repeat(201)}`)).to.deep.equal({});
    expect(embedAttributes('hca-regiokaart', '?versie=2026-11-27')).to.deep.equal({ 'data-version': '2026-11-27' });
    expect(embedAttributes('script', '?src=x')).to.deep.equal({});
  });

  it('regioprofiel.html?regio=utrecht shows Utrecht and posts its height, which the parent gives the iframe', async () => {
    const iframe = frameOf('/dist/embed/regioprofiel.html?regio=utrecht&src=https://evil.example/profiles.json&vergelijk=%3Cb%3Ex%3C/b%3E');
    const { heights, stop } = resizeFrom(iframe);
    try {
      const el = await until(() => iframe.contentDocument?.querySelector('hca-regioprofiel'), 'the profile in the iframe');
      await until(() => el.shadowRoot?.querySelector('h2, h1')?.textContent?.includes('Utrecht'), 'the profile of Utrecht', 20000);
      expect(el.getAttribute('region')).to.equal('utrecht');
      expect(el.hasAttribute('src'), 'src is not taken from the URL').to.equal(false);
      expect(el.getAttribute('compare')).to.equal('<b>x</b>');
      expect(iframe.contentDocument!.querySelector('b'), 'a value is never HTML').to.equal(null);
      // The parent follows the profile's height: no inner scrolling, no empty band.
      await until(() => heights.length && Math.abs(heights.at(-1)! - el.getBoundingClientRect().height) <= 1, 'the last posted height is the profile');
      expect(heights.at(-1)).to.be.greaterThan(400);
      await until(() => iframe.getBoundingClientRect().height === heights.at(-1), 'the iframe at that height');
      const doc = iframe.contentDocument!.documentElement;
      expect(doc.scrollHeight).to.be.at.most(doc.clientHeight + 1);
    } finally {
      stop();
    }
  });

  it('netwerkkaart.html from the kit on another origin fills the height the parent gives it (at least 400 px)', async () => {
    const { origin } = await readJson('/__test/kit-origin');
    expect(origin).to.not.equal(location.origin);
    const iframe = frameOf(`${origin}/embed/netwerkkaart.html?regio=utrecht`);
    const { heights, stop } = resizeFrom(iframe);
    try {
      await until(() => heights.includes(400), 'a height of 400 px from the map (the iframe starts at 150 px)', 20000);
      iframe.style.height = '700px'; // a partner's own CSS: the map fills it and says so
      stop();
      const next = await new Promise<number>((resolve) =>
        addEventListener('message', function on(e: MessageEvent) {
          if (e.source === iframe.contentWindow && e.data?.type === 'hca-embed-height') {
            removeEventListener('message', on);
            resolve(e.data.height);
          }
        }),
      );
      expect(next).to.equal(700);
    } finally {
      stop();
    }
  });
});
