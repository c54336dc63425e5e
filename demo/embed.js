// The embed builder: the two snippets a partner pastes (script tag, iframe) for one
// element and its main attributes, and a live preview of either.
const form = document.getElementById('builder');
const kit = new URL('../dist/', location.href);
const loader = new URL('hcaict-widgets.js', kit).href;

async function fill() {
  const [regions, profiles, models] = await Promise.all(
    ['regions', 'profiles', 'models'].map((n) => fetch(new URL(`data/${n}.json`, kit)).then((r) => r.json())),
  );
  for (const name of ['region', 'compare']) {
    for (const level of ['provincie', 'arbeidsmarktregio']) {
      const group = document.createElement('optgroup');
      group.label = level === 'provincie' ? 'Provincies' : "Arbeidsmarktregio's";
      for (const r of regions.records.filter((x) => x.level === level)) group.append(new Option(r.name, r.id));
      form.elements[name].append(group);
    }
  }
  for (const m of models.records) form.elements.model.append(new Option(m.name, m.id));
  for (const d of profiles.indicators.filter((i) => i.group !== 'arbeidsmarkt')) form.elements.indicator.append(new Option(d.label.nl, d.id));
}

/** The chosen tag and its attributes, in form order; fields of other elements are left out. */
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

// The iframe route (widgets/embed.ts): its Dutch URL parameter per attribute, and a first
// height for the iframe until the optional resize script sets the real one.
const IFRAME_PARAM = {
  region: 'regio',
  compare: 'vergelijk',
  model: 'model',
  indicator: 'indicator',
  level: 'niveau',
  renderer: 'renderer',
  lang: 'taal',
  theme: 'theme',
};
const IFRAME_HEIGHT = { 'hca-netwerkkaart': 600, 'hca-regioprofiel': 1400, 'hca-regiokaart': 700, 'hca-werkende-modellen': 900 };
const TITLE = {
  'hca-netwerkkaart': 'Netwerkkaart',
  'hca-regioprofiel': 'Regioprofiel',
  'hca-regiokaart': 'Regiokaart',
  'hca-werkende-modellen': 'Werkende modellen',
};
const RESIZE = `<script>
  // Optional: gives the iframe the height of its content.
  addEventListener('message', (e) => {
    if (e.data?.type !== 'hca-embed-height') return;
    for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';
  });
</script>`;

const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function scriptSnippet(tag, attrs) {
  const attrText = attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escape(v)}"`)).join('');
  // Fallback content: shown until the element runs, and instead of an empty box if the kit cannot load.
  const style = RESERVED[tag] ? ` style="margin:0;min-height:${RESERVED[tag]}"` : '';
  const fallback = `<p${style}>${FALLBACK[tag]} Blijft deze tekst staan, dan kon de HCA ICT-kit niet worden geladen.</p>`;
  return `<script type="module" src="${loader}"></script>\n<${tag}${attrText}>${fallback}</${tag}>`;
}

function iframeUrl(tag, attrs) {
  const url = new URL(`embed/${tag.slice(4)}.html`, kit);
  for (const [k, v] of attrs) if (IFRAME_PARAM[k]) url.searchParams.set(IFRAME_PARAM[k], v);
  return url.href;
}

function iframeSnippet(tag, attrs) {
  const region = form.elements.region.selectedOptions[0];
  const title = `${TITLE[tag]}${attrs.some(([k]) => k === 'region') ? ` ${region.text}` : ''} – HCA ICT`;
  const frame = `<iframe src="${escape(iframeUrl(tag, attrs))}" title="${escape(title)}" style="width: 100%; height: ${IFRAME_HEIGHT[tag]}px; border: 0" loading="lazy"></iframe>`;
  return `${frame}\n${RESIZE}`;
}

let resizing;
function preview(tag, attrs) {
  const target = document.getElementById('preview');
  removeEventListener('message', resizing);
  if (form.ownerDocument.querySelector('[name="preview-route"]:checked').value === 'iframe') {
    const frame = document.createElement('iframe');
    frame.title = `${TITLE[tag]} – voorbeeld in een iframe`;
    frame.src = iframeUrl(tag, attrs);
    frame.style.cssText = `width: 100%; height: ${IFRAME_HEIGHT[tag]}px; border: 0; display: block`;
    resizing = (e) => {
      if (e.source === frame.contentWindow && e.data?.type === 'hca-embed-height') frame.style.height = `${e.data.height}px`;
    };
    addEventListener('message', resizing);
    target.replaceChildren(frame);
    return;
  }
  const el = document.createElement(tag);
  for (const [k, v] of attrs) if (k !== 'sync-url') el.setAttribute(k, v);
  target.replaceChildren(el);
}

function render() {
  const { tag, attrs } = attributes();
  for (const label of form.querySelectorAll('[data-for]')) label.hidden = !label.dataset.for.split(' ').includes(tag);
  document.getElementById('snippet-script').textContent = scriptSnippet(tag, attrs);
  document.getElementById('snippet-iframe').textContent = iframeSnippet(tag, attrs);
  for (const status of document.querySelectorAll('.snippets [role="status"]')) status.textContent = '';
  preview(tag, attrs);
}

for (const button of document.querySelectorAll('button.copy')) {
  button.addEventListener('click', async () => {
    const status = button.nextElementSibling;
    try {
      await navigator.clipboard.writeText(document.getElementById(button.dataset.copy).textContent);
      status.textContent = 'Gekopieerd.';
    } catch {
      status.textContent = 'Kopiëren lukte niet: selecteer de code en kopieer die zelf.';
    }
  });
}
form.addEventListener('change', render);
for (const radio of document.querySelectorAll('[name="preview-route"]')) radio.addEventListener('change', render);
await fill();
render();
