/**
 * The parts of the werkende modellen: the guided choice, the ranked list, a model's page
 * (its text, initiatives on a list and a map, the regions where it is applied) and two
 * models side by side. No state of their own; the element passes what they show, its
 * messages and its handlers.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { termOf } from '../../src/data/figures.js';
import type { Model, Region } from '../../src/data/schema.js';
import type { Boundaries } from '../../src/geo/boundaries.js';
import { quantileScale } from '../../src/geo/classes.js';
import { regionPaths } from '../../src/geo/svg-map.js';
import type { Format, Lang } from '../../src/i18n/locale.js';
import { externalLink, templateHref } from '../../src/ui/links.js';
import type { Messages } from './messages.js';
import { CRITERIA, type Criteria, type Criterion, type ModelFacts, type ModelsData, type Ranked } from './model-view.js';

/** What every part needs: messages, formatting, the data, and the page author's link templates. */
export interface Ctx {
  t: Messages;
  format: Format;
  lang: Lang;
  data: ModelsData;
  mapHref: string | null;
  profileHref: string | null;
}

export interface Handlers {
  criterion(c: Criterion, value: string): void;
  clearCriteria(): void;
  open(id: string): void;
  back(): void;
  compare(id: string | null): void;
  share(): void;
}

const concept = (t: Messages, model: Model) => (model.status === 'concept' ? html`<span class="concept">${t.concept}</span>` : nothing);

/** The label of one answer of the guided choice (a taxonomy term or a region name). */
export function answerLabel({ data, lang }: Ctx, c: Criterion, id: string): string {
  if (c === 'region') return data.regions?.records.find((r) => r.id === id)?.name ?? id;
  return termOf(data.taxonomy, c === 'goal' ? 'pillar' : c, id, lang).label;
}

/** The four questions of the guided choice, each a select of the values the data knows. */
export function guide(ctx: Ctx, criteria: Criteria, on: Handlers): TemplateResult {
  const { t, data, lang } = ctx;
  const terms = (facet: string) => (data.taxonomy?.records ?? []).filter((x) => x.facet === facet);
  const termOptions = (facet: string, c: Criterion) =>
    terms(facet).map((x) => {
      const label = termOf(data.taxonomy, x.facet, x.id, lang).label;
      return html`<option value=${x.id} ?selected=${criteria[c] === x.id}>${x.status === 'concept' ? t.conceptOption(label) : label}</option>`;
    });
  const regions = (level: Region['level'], label: string) => {
    const list = (data.regions?.records ?? []).filter((r) => r.level === level);
    return list.length
      ? html`<optgroup label=${label}>${list.map((r) => html`<option value=${r.id} ?selected=${criteria.region === r.id}>${r.name}</option>`)}</optgroup>`
      : nothing;
  };
  const options: Record<Criterion, unknown> = {
    targetGroup: termOptions('targetGroup', 'targetGroup'),
    level: termOptions('level', 'level'),
    region: html`${regions('provincie', t.provinces)}${regions('arbeidsmarktregio', t.amrs)}`,
    goal: termOptions('pillar', 'goal'),
  };
  return html`<form class="guide" aria-labelledby="guide-title" @submit=${(e: Event) => e.preventDefault()}>
    <h3 id="guide-title">${t.guide}</h3>
    <p class="hint">${t.guideHint}</p>
    <div class="questions">
      ${CRITERIA.map(
        (c) =>
          html`<div class="field">
            <label for=${`q-${c}`}>${t.questions[c]}</label>
            <select id=${`q-${c}`} @change=${(e: Event) => on.criterion(c, (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!criteria[c]}>${t.any}</option>
              ${options[c]}
            </select>
          </div>`,
      )}
    </div>
    ${CRITERIA.some((c) => criteria[c]) ? html`<button type="button" class="btn" @click=${on.clearCriteria}>${t.clearGuide}</button>` : nothing}
  </form>`;
}

/** The models in ranked order, each with why it fits in words. */
export function modelList(ctx: Ctx, ranked: Ranked[], criteria: Criteria, current: string | null, on: Handlers): TemplateResult {
  const { t } = ctx;
  const asked = CRITERIA.filter((c) => criteria[c]).length;
  const words = (cs: Criterion[]) => cs.map((c) => answerLabel(ctx, c, criteria[c]!));
  return html`<p class="ranked" role="status">${t.ranked(ranked.length, asked)}</p>
    <ul class="models" part="list">
      ${ranked.map(({ facts: f, matched, missed }) => {
        const m = f.model;
        return html`<li class="model" part="item" data-model=${m.id} aria-current=${current === m.id ? 'true' : 'false'}>
          <h3><button type="button" class="open" data-id=${m.id} @click=${() => on.open(m.id)}>${m.name}</button></h3>
          ${concept(t, m)}
          <p>${m.summary}</p>
          ${matched.length ? html`<p class="reason fits">${t.fits(words(matched))}</p>` : nothing}
          ${missed.length ? html`<p class="reason misses">${t.fitsNot(words(missed))}</p>` : nothing}
          <p class="meta">${t.counts(f.initiatives.length, f.provinces.length)}</p>
        </li>`;
      })}
    </ul>`;
}

const terms = (ctx: Ctx, facet: 'targetGroup' | 'level', ids: string[]) => ids.map((id) => termOf(ctx.data.taxonomy, facet, id, ctx.lang).label).join(', ');
const bullets = (items: string[]) =>
  html`<ul>
    ${items.map((x) => html`<li>${x}</li>`)}
  </ul>`;
const numbered = (items: string[]) =>
  html`<ol>
    ${items.map((x) => html`<li>${x}</li>`)}
  </ol>`;

/** The text sections of a model, the same for its page and for one side of a comparison. */
export function modelSections(ctx: Ctx, f: ModelFacts): { title: string; body: TemplateResult }[] {
  const { t } = ctx;
  const m = f.model;
  return [
    { title: t.what, body: html`<p>${m.summary}</p>` },
    { title: t.problem, body: html`<p>${m.problem}</p>` },
    { title: t.buildingBlocks, body: bullets(m.buildingBlocks) },
    { title: t.targetGroups, body: html`<p>${terms(ctx, 'targetGroup', m.targetGroups)}</p>` },
    {
      title: t.levels,
      body: f.levels.length
        ? html`<p>${terms(ctx, 'level', f.levels)} <span class="meta">(${t.levelsNote})</span></p>`
        : html`<p class="meta">${t.noLevels}</p>`,
    },
    {
      title: t.partners,
      body: html`<ul>
        ${m.partners.map((p) => html`<li><strong>${p.who}</strong>: ${p.role}</li>`)}
      </ul>`,
    },
    { title: t.financing, body: m.financing ? html`<p>${m.financing}</p>` : html`<p class="meta">${t.noFinancing}</p>` },
    { title: t.conditions, body: bullets(m.conditions) },
    { title: t.steps, body: m.steps.length ? numbered(m.steps) : html`<p class="meta">${t.noSteps}</p>` },
    {
      title: t.results,
      body: m.results.length
        ? html`<ul>
            ${m.results.map((r) => html`<li>${r.text} <span class="source">(${t.source}: ${externalLink(r.source.url, r.source.title)})</span></li>`)}
          </ul>`
        : html`<p class="meta no-results">${t.noResults}</p>`,
    },
  ];
}

/** The provinces coloured by the number of the model's initiatives, with the counts in words for screen readers. */
function choropleth(ctx: Ctx, f: ModelFacts, boundaries: Boundaries | undefined): TemplateResult | typeof nothing {
  if (!boundaries || !f.provinces.length) return nothing;
  const { frame, paths } = regionPaths(boundaries, 300);
  const counts = new Map(f.provinces.map((p) => [p.region.id, p.count]));
  const scale = quantileScale([...counts.values()], 4);
  const fill = (id: string) => (counts.has(id) ? scale.colors[scale.classOf(counts.get(id)!)] : 'var(--_surface)');
  const label = ctx.t.choropleth(f.model.name, f.provinces.map((p) => `${p.region.name} ${p.count}`).join(', '));
  const { t, format } = ctx;
  const ranges = scale.limits.map((limit, i) => {
    const from = i ? scale.limits[i - 1] + 1 : scale.min;
    return { color: scale.colors[i], text: from === limit ? format.number(limit) : `${format.number(from)}–${format.number(limit)}` };
  });
  const swatch = (color: string) => html`<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" fill=${color}></rect></svg>`;
  return html`<figure class="choropleth">
    <svg viewBox=${frame.viewBox} role="img" aria-label=${label}>
      ${[...paths].filter(([k]) => k.startsWith('provincie:')).map(([k, d]) => svg`<path d=${d} fill=${fill(k.slice('provincie:'.length))}></path>`)}
    </svg>
    <figcaption class="legend" aria-hidden="true">
      ${t.initiatives}: ${ranges.map((r) => html`<span>${swatch(r.color)}${r.text}</span>`)}
      <span>${swatch('var(--_surface)')}0</span>
    </figcaption>
  </figure>`;
}

/** A table of regions with the number of initiatives, each name a link to its profile when the page gives a template. */
function regionTable(ctx: Ctx, caption: string, rows: { region: Region; count: number }[]): TemplateResult {
  const { t, format } = ctx;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.region}</th>
          <th scope="col" class="num">${t.initiatives}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(({ region, count }) => {
          const href = templateHref(ctx.profileHref, { region: region.id });
          return html`<tr>
            <th scope="row">${href ? html`<a href=${href} aria-label=${t.profile(region.name)}>${region.name}</a>` : region.name}</th>
            <td class="num">${format.number(count)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

export interface PageInput {
  facts: ModelFacts;
  all: ModelFacts[];
  compare: string | null;
  boundaries: Boundaries | undefined;
  mapFailed: boolean;
  notice: string;
}

/** Share, print and compare: the tools of a model's page and of a comparison. */
function tools(ctx: Ctx, input: Pick<PageInput, 'facts' | 'all' | 'compare' | 'notice'>, on: Handlers): TemplateResult {
  const { t } = ctx;
  const id = input.facts.model.id;
  return html`<div class="tools">
    <div class="field">
      <label for="compare">${t.compareWith}</label>
      <select id="compare" @change=${(e: Event) => on.compare((e.target as HTMLSelectElement).value || null)}>
        <option value="" ?selected=${!input.compare}>${t.noCompare}</option>
        ${input.all.filter((f) => f.model.id !== id).map((f) => html`<option value=${f.model.id} ?selected=${input.compare === f.model.id}>${f.model.name}</option>`)}
      </select>
    </div>
    <button type="button" class="btn primary" @click=${on.share}>${t.share}</button>
    <button type="button" class="btn" @click=${() => print()}>${t.print}</button>
    <p class="notice" role="status">${input.notice}</p>
  </div>`;
}

/** One model's page: its text, its initiatives as a list and on a map, and where it is applied. */
export function modelPage(ctx: Ctx, input: PageInput, on: Handlers): TemplateResult {
  const { t } = ctx;
  const f = input.facts;
  const m = f.model;
  const mapLink = templateHref(ctx.mapHref, { model: m.id, id: '', region: '' });
  return html`<article class="page" part="detail" aria-labelledby="model-title">
    <button type="button" class="btn back" @click=${on.back}><span aria-hidden="true">←</span> ${t.allModels}</button>
    <h3 id="model-title" tabindex="-1">${m.name} ${concept(t, m)}</h3>
    ${m.status === 'concept' ? html`<p class="note">${t.conceptNote}</p>` : nothing} ${tools(ctx, input, on)}
    ${modelSections(ctx, f).map(
      (s) =>
        html`<section>
          <h4>${s.title}</h4>
          ${s.body}
        </section>`,
    )}
    <section aria-labelledby="h-examples">
      <h4 id="h-examples">${t.examples}</h4>
      ${
        f.initiatives.length
          ? html`<ul class="examples">
              ${f.initiatives.map((i) => {
                const href = templateHref(ctx.mapHref, { model: m.id, id: i.id, region: '' });
                return html`<li data-initiative=${i.id} tabindex="-1">
                  ${href ? html`<a href=${href}>${i.name}</a>` : html`<span>${i.name}</span>`}<span class="meta"> · ${i.place.name}</span>
                </li>`;
              })}
            </ul>`
          : html`<p class="meta">${t.noExamples}</p>`
      }
      ${mapLink ? html`<p><a href=${mapLink}>${t.onMapModel(m.name)}</a></p>` : nothing}
      ${f.initiatives.length ? html`<div class="model-map" role="region" aria-label=${t.mapLabel(m.name)}></div>` : nothing}
      ${input.mapFailed ? html`<p class="status" role="status">${t.mapFailed}</p>` : nothing}
    </section>
    <section aria-labelledby="h-applied" class="applied">
      <h4 id="h-applied">${t.applied}</h4>
      ${
        f.provinces.length
          ? html`<p>${t.appliedSummary(f.provinces.length, f.amrs.length)}</p>
              <div class="applied-grid">
                ${choropleth(ctx, f, input.boundaries)}
                <div>${regionTable(ctx, t.provinces, f.provinces)} ${f.amrs.length ? regionTable(ctx, t.amrs, f.amrs) : nothing}</div>
              </div>`
          : html`<p class="meta">${t.notApplied}</p>`
      }
    </section>
  </article>`;
}

/** Two models side by side: every section in two columns, each column named after its model. */
export function comparePage(ctx: Ctx, a: ModelFacts, b: ModelFacts, input: Pick<PageInput, 'all' | 'notice'>, on: Handlers): TemplateResult {
  const { t } = ctx;
  const sa = modelSections(ctx, a);
  const sb = modelSections(ctx, b);
  const side = (f: ModelFacts, body: TemplateResult) =>
    html`<div class="side">
      <p class="who">${f.model.name} ${concept(t, f.model)}</p>
      ${body}
    </div>`;
  const counts = (f: ModelFacts) =>
    html`<p>
      ${t.counts(f.initiatives.length, f.provinces.length)}${f.provinces.length ? `: ${f.provinces.map((p) => `${p.region.name} (${p.count})`).join(', ')}` : ''}
    </p>`;
  return html`<article class="page compare" part="compare" aria-labelledby="model-title">
    <button type="button" class="btn back" @click=${() => on.compare(null)}><span aria-hidden="true">←</span> ${t.closeCompare(a.model.name)}</button>
    <h3 id="model-title" tabindex="-1">${t.compareTitle(a.model.name, b.model.name)}</h3>
    ${tools(ctx, { facts: a, all: input.all, compare: b.model.id, notice: input.notice }, on)}
    ${sa.map(
      (s, i) =>
        html`<section>
          <h4>${s.title}</h4>
          <div class="pair">${side(a, s.body)} ${side(b, sb[i].body)}</div>
        </section>`,
    )}
    <section>
      <h4>${t.applied}</h4>
      <div class="pair">${side(a, counts(a))} ${side(b, counts(b))}</div>
    </section>
  </article>`;
}
