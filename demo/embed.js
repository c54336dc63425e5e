// The embed builder: builds the snippet a partner pastes, and shows it live.
const form = document.getElementById('builder');
const loader = new URL('../dist/hcaict-widgets.js', location.href).href;

async function fill() {
  const [regions, profiles] = await Promise.all(
    ['regions', 'profiles'].map((n) => fetch(new URL(`../dist/data/${n}.json`, location.href)).then((r) => r.json())),
  );
  const regionSelect = form.elements.region;
  for (const level of ['provincie', 'arbeidsmarktregio']) {
    const group = document.createElement('optgroup');
    group.label = level === 'provincie' ? 'Provincies' : "Arbeidsmarktregio's";
    for (const r of regions.records.filter((x) => x.level === level)) group.append(new Option(r.name, r.id));
    regionSelect.append(group);
  }
  for (const d of profiles.indicators.filter((i) => i.group !== 'arbeidsmarkt')) form.elements.indicator.append(new Option(d.label.nl, d.id));
}

function attributes() {
  const tag = form.elements.tag.value;
  const attrs = [];
  for (const el of form.elements) {
    if (!el.name || el.name === 'tag') continue;
    const scope = el.closest('[data-for]')?.dataset.for;
    if (scope && !scope.split(' ').includes(tag)) continue;
    if (el.type === 'checkbox') {
      if (el.checked) attrs.push([el.name, '']);
    } else if (el.value) attrs.push([el.name, el.value]);
  }
  return { tag, attrs };
}

const FALLBACK = {
  'hca-netwerkkaart': 'Kaart van ICT-initiatieven van HCA ICT wordt geladen.',
  'hca-regioprofiel': 'Regioprofiel van HCA ICT wordt geladen.',
  'hca-regiokaart': "Kaart van de regio's van HCA ICT wordt geladen.",
  'hca-werkende-modellen': 'Werkende modellen van HCA ICT worden geladen.',
};

// The height each element reserves before it has loaded (the same as RESERVED_HEIGHT in
// src/ui/reserve.ts): on the fallback text, the page keeps it from its first paint, so
// nothing below the element moves when the element arrives.
const RESERVED = { 'hca-regioprofiel': '60em', 'hca-regiokaart': 'min(40em, 70vh)', 'hca-werkende-modellen': '48em' };

function render() {
  const { tag, attrs } = attributes();
  for (const label of form.querySelectorAll('[data-for]')) label.hidden = !label.dataset.for.split(' ').includes(tag);
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const attrText = attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escape(v)}"`)).join('');
  // Fallback content: shown until the element runs, and instead of an empty box if the kit cannot load.
  const style = RESERVED[tag] ? ` style="margin:0;min-height:${RESERVED[tag]}"` : '';
  const fallback = `<p${style}>${FALLBACK[tag]} Blijft deze tekst staan, dan kon de HCA ICT-kit niet worden geladen.</p>`;
  document.getElementById('snippet').textContent = `<script type="module" src="${loader}"></script>\n<${tag}${attrText}>${fallback}</${tag}>`;
  const el = document.createElement(tag);
  for (const [k, v] of attrs) if (k !== 'sync-url') el.setAttribute(k, v);
  document.getElementById('preview').replaceChildren(el);
}

document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(document.getElementById('snippet').textContent);
    status.textContent = 'Gekopieerd.';
  } catch {
    status.textContent = 'Kopiëren lukte niet: selecteer de code en kopieer die zelf.';
  }
});
form.addEventListener('change', render);
await fill();
render();
