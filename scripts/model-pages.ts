/**
 * One page per working model, `dist/modellen/<id>.html`: title, description, Open Graph tags
 * with a preview image, canonical link, and `<hca-werkende-modellen model="<id>">` in the
 * site's frame; and the index of all models. The models are concept text until the HCA ICT
 * team publishes its own: titles, descriptions and images say so.
 */
import type { Dataset, Model } from '../src/data/schema.js';
import { formatFor } from '../src/i18n/format.js';
import { escapeHtml, siteFooter, siteHeader, sitePage } from './page-frame.js';

export interface ModelData {
  models: Dataset<'models'>;
  initiatives: Dataset<'initiatives'>;
  regions: Dataset<'regions'>;
}

/** Where a model is applied: its initiatives (those the netwerkkaart shows for `?model=<id>`) and the arbeidsmarktregio's they lie in. */
export interface ModelReach {
  initiatives: number;
  regions: number;
}

export function modelReach(d: ModelData, id: string): ModelReach {
  const amrs = new Set(d.regions.records.filter((r) => r.level === 'arbeidsmarktregio').map((r) => r.id));
  const applied = d.initiatives.records.filter((i) => i.models.includes(id));
  return { initiatives: applied.length, regions: new Set(applied.flatMap((i) => i.regions.filter((r) => amrs.has(r)))).size };
}

export interface ModelPage {
  id: string;
  model: Model;
  reach: ModelReach;
  html: string;
}

/** "14 initiatieven in 9 arbeidsmarktregio's". */
export function reachText({ initiatives, regions }: ModelReach): string {
  const n = (x: number) => formatFor('nl').number(x);
  return `${n(initiatives)} ${initiatives === 1 ? 'initiatief' : 'initiatieven'} in ${n(regions)} ${regions === 1 ? 'arbeidsmarktregio' : "arbeidsmarktregio's"}`;
}

const attributes = 'map-href="../kaart/?model={model}&amp;initiatief={id}" profile-href="../regio/{region}.html"';

export function modelPages(d: ModelData, site?: string): ModelPage[] {
  const e = escapeHtml;
  return d.models.records.map((model) => {
    const reach = modelReach(d, model.id);
    const concept = model.status === 'concept';
    const title = `${model.name}: werkend model${concept ? ' (concept)' : ''}`;
    const description = `${concept ? 'Concepttekst. ' : ''}${model.summary} Toegepast door ${reachText(reach)} op de netwerkkaart.`;
    const alt = `${model.name}${concept ? ' (concept)' : ''}: ${reachText(reach)}.`;
    const html = sitePage(
      { path: `modellen/${model.id}.html`, title, description, site, image: { file: `${model.id}.png`, alt } },
      siteHeader('modellen', 'Werkend model', [[{ label: 'Werkende modellen', href: './' }], [{ label: model.name }]]),
      `<hca-werkende-modellen model="${e(model.id)}" ${attributes}></hca-werkende-modellen>
<div class="fallback">
<h2>${e(model.name)}</h2>
<p>${e(description)}</p>
</div>`,
      siteFooter([d.models, d.initiatives]),
    );
    return { id: model.id, model, reach, html };
  });
}

/** All working models, each example one click away on the netwerkkaart, each model on a page of its own. */
export function modelsIndexPage(d: ModelData): string {
  const e = escapeHtml;
  const list = d.models.records.map((m) => `<li><a href="${e(m.id)}.html">${e(m.name)}</a></li>`).join('\n');
  return sitePage(
    {
      path: 'modellen/index.html',
      title: 'Werkende modellen',
      description: 'De werkende modellen achter succesvolle ICT-initiatieven, met voorbeelden op de netwerkkaart (concepttekst).',
    },
    siteHeader('modellen', 'Werkende modellen', []),
    `<hca-werkende-modellen ${attributes}></hca-werkende-modellen>
<h2>Elk model op een eigen pagina</h2>
<ul class="regions">
${list}
</ul>`,
    siteFooter([d.models, d.initiatives]),
  );
}
