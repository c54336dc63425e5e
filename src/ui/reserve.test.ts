import '../../test/helpers/use-dist.js';
import { expect } from '@open-wc/testing';
import '../../widgets/regioprofiel/define.js';
import '../../widgets/regiokaart/define.js';
import '../../widgets/werkende-modellen/define.js';
import { nextEvent } from '../../test/helpers/wait.js';
import { RESERVED_HEIGHT } from './reserve.js';

/** A CSS length in px, as resolved beside `el` (same font, same viewport). */
const px = (el: Element, length: string) => {
  const probe = document.createElement('div');
  probe.style.height = length;
  el.after(probe);
  const h = probe.getBoundingClientRect().height;
  probe.remove();
  return h;
};
const ATTRS: Record<string, Record<string, string>> = { 'hca-regioprofiel': { region: 'utrecht' } };

describe('reserved heights (no layout shift)', () => {
  // the regiokaart first: its boundaries are not loaded yet, so it renders its data before its map can
  const tags = ['hca-regiokaart', 'hca-regioprofiel', 'hca-werkende-modellen'];
  it('covers every element with a reserved height', () => expect(tags).to.have.members(Object.keys(RESERVED_HEIGHT)));
  for (const width of [380, 1200])
    for (const tag of tags)
      it(`<${tag}> at ${width} px is never lower than its reserved ${RESERVED_HEIGHT[tag]} from its first frame, while loading, to after hca-ready`, async () => {
        const box = document.createElement('div');
        box.style.width = `${width}px`;
        document.body.append(box);
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(ATTRS[tag] ?? {})) el.setAttribute(k, v);
        const ready = nextEvent(el, 'hca-ready');
        let done = false;
        void ready.then(() => (done = true));
        box.append(el);
        const heights: number[] = [];
        while (!done) {
          heights.push(el.getBoundingClientRect().height);
          await new Promise((r) => requestAnimationFrame(r));
        }
        await new Promise((r) => setTimeout(r, 300)); // late parts (the profile's map) have come in
        heights.push(el.getBoundingClientRect().height);
        const reserved = px(el, RESERVED_HEIGHT[tag]);
        expect(Math.min(...heights), `heights ${heights.map(Math.round).join(' ')} px`).to.be.at.least(reserved - 0.5);
        box.remove();
      });

  it('keeps the reserved height while the data is slow, and lets go when it fails', async () => {
    const el = document.createElement('hca-werkende-modellen');
    el.setAttribute('src', '/__test/slow/models.json'); // answers after 3 s, with no dataset
    const failed = nextEvent(el, 'hca-data-error');
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 500));
    expect(el.getBoundingClientRect().height).to.be.closeTo(px(el, RESERVED_HEIGHT['hca-werkende-modellen']), 1);
    await failed;
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.getBoundingClientRect().height, 'an error message, not an empty reserved box').to.be.below(px(el, '20em'));
    el.remove();
  });

  it('the embed builder writes the same heights on the fallback text', async () => {
    const js = await (await fetch('/demo/embed.js')).text();
    const table = js.match(/const RESERVED = (\{[^}]*\})/)![1];
    const written = Object.fromEntries([...table.matchAll(/(["'])(hca-[a-z-]+)\1:\s*(["'])(.*?)\3/g)].map((m) => [m[2], m[4]]));
    expect(written).to.deep.equal(RESERVED_HEIGHT);
  });
});
