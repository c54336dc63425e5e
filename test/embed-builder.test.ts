import { expect } from '@open-wc/testing';
import { until } from './helpers/wait.js';

/** The embed builder (demo/embed.html), as a partner's web editor uses it. */

async function openBuilder(width: number): Promise<{ doc: Document; win: Window & typeof globalThis }> {
  const iframe = document.createElement('iframe');
  iframe.title = 'Embed builder';
  iframe.style.cssText = `width: ${width}px; height: 900px; border: 0; display: block`;
  iframe.src = '/demo/embed.html';
  document.body.append(iframe);
  const doc = await until(
    () => (iframe.contentDocument?.getElementById('snippet-iframe')?.textContent ? iframe.contentDocument : null),
    'the builder with its snippets',
  );
  await until(() => doc.querySelector<HTMLSelectElement>('select[name="model"]')!.options.length > 1, 'the models in their list');
  // The test server turns every .css file into a JS module (for the kit's own CSS imports),
  // so the page's <link> gets no stylesheet here; give it the same CSS by hand.
  const style = doc.createElement('style');
  style.textContent = ((await import('../demo/demo.css' as string)) as { default: string }).default;
  doc.head.append(style);
  return { doc, win: iframe.contentWindow as Window & typeof globalThis };
}

function choose(doc: Document, values: Record<string, string>): void {
  const form = doc.getElementById('builder') as HTMLFormElement;
  for (const [name, value] of Object.entries(values)) (form.elements.namedItem(name) as HTMLSelectElement).value = value;
  form.dispatchEvent(new Event('change'));
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

describe('the embed builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('offers the script tag and the iframe for the same element and attributes', async () => {
    const { doc } = await openBuilder(1280);
    choose(doc, { tag: 'hca-regioprofiel', region: 'utrecht', compare: 'zeeland', lang: 'en' });
    const script = doc.getElementById('snippet-script')!.textContent!;
    const iframe = doc.getElementById('snippet-iframe')!.textContent!;
    expect(script).to.match(/<script type="module" src="http:\/\/[^"]+\/dist\/hcaict-widgets\.js"><\/script>/);
    expect(script).to.include('<hca-regioprofiel region="utrecht" compare="zeeland" lang="en">');
    expect(iframe).to.match(
      /<iframe src="http:\/\/[^"]+\/dist\/embed\/regioprofiel\.html\?regio=utrecht&amp;vergelijk=zeeland&amp;taal=en" title="Regioprofiel Utrecht – HCA ICT"/,
    );
    expect(iframe, 'with the optional resize script').to.include("e.data?.type !== 'hca-embed-height'");

    choose(doc, { tag: 'hca-regiokaart', indicator: 'ict-deelnemers-mbo', level: 'arbeidsmarktregio' });
    expect(doc.getElementById('snippet-script')!.textContent).to.include('<hca-regiokaart indicator="ict-deelnemers-mbo" level="arbeidsmarktregio" lang="en">');
    expect(doc.getElementById('snippet-iframe')!.textContent).to.include(
      '/dist/embed/regiokaart.html?indicator=ict-deelnemers-mbo&amp;niveau=arbeidsmarktregio&amp;taal=en"',
    );
    expect(doc.getElementById('snippet-script')!.textContent, 'fields of another element are left out').to.not.include('region=');
  });

  it('the iframe preview shows the element from the snippet URL', async () => {
    const { doc } = await openBuilder(1280);
    choose(doc, { tag: 'hca-werkende-modellen', model: 'hybride-docenten' });
    const radio = doc.querySelector<HTMLInputElement>('input[name="preview-route"][value="iframe"]')!;
    radio.checked = true;
    radio.dispatchEvent(new Event('change'));
    const frame = doc.querySelector<HTMLIFrameElement>('#preview iframe')!;
    expect(frame.src).to.match(/\/dist\/embed\/werkende-modellen\.html\?model=hybride-docenten$/);
    const el = await until(() => frame.contentDocument?.querySelector('hca-werkende-modellen'), 'the element in the preview iframe');
    await until(() => el.shadowRoot?.textContent?.includes('Hybride docenten'), 'the model in the preview', 20000);
  });

  for (const width of [1280, 375]) {
    it(`no field overlaps another or runs out of its column at ${width} px, and the buttons are real targets`, async () => {
      const { doc, win } = await openBuilder(width);
      for (const tag of ['hca-netwerkkaart', 'hca-regioprofiel', 'hca-regiokaart', 'hca-werkende-modellen']) {
        // The longest region names in both region lists.
        choose(doc, { tag, region: 'zuid-limburg', compare: 'noordoost-brabant' });
        const labels = [...doc.querySelectorAll<HTMLElement>('#builder > label')].filter((l) => !l.hidden);
        for (const label of labels) {
          const box = label.getBoundingClientRect();
          const select = label.querySelector('select')?.getBoundingClientRect();
          if (select)
            expect(select.right, `${tag}: the field in "${label.textContent!.trim().slice(0, 20)}" stays in its column`).to.be.at.most(box.right + 0.5);
          for (const other of labels)
            if (other !== label)
              expect(
                overlaps(box, other.getBoundingClientRect()),
                `${tag}: ${label.textContent!.trim().slice(0, 12)} ${JSON.stringify(box)} overlaps ${JSON.stringify(other.getBoundingClientRect())}`,
              ).to.equal(false);
        }
        const [a, b] = [...doc.querySelectorAll('.snippets section')].map((s) => s.getBoundingClientRect());
        expect(overlaps(a, b), 'the two snippets side by side or stacked, never over each other').to.equal(false);
        if (width === 1280) expect(a.top, 'side by side on a wide screen').to.equal(b.top);
      }
      for (const button of doc.querySelectorAll('button.copy')) {
        const { width: w, height: h } = button.getBoundingClientRect();
        expect(Math.min(w, h)).to.be.at.least(24);
        expect(win.getComputedStyle(button).backgroundColor, 'a styled button').to.not.equal('rgb(239, 239, 239)');
      }
    });
  }

  it('passes axe (WCAG 2.2 AA)', async () => {
    const { doc, win } = await openBuilder(1280);
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((r) => script.addEventListener('load', r));
    doc.head.append(script);
    await loaded;
    const axe = (win as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const { violations } = await axe.run(doc.querySelector('main'), {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      rules: { 'target-size': { enabled: true } },
    });
    expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
  });
});
