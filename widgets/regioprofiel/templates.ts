/**
 * The parts of the profile's template, each a function of what it shows: a key figure,
 * its change, a source line, a chart with its table, a labour-market figure, an
 * initiative, the region picker and actions, the locator map. No state of their own;
 * the element passes its view model, its messages and its handlers.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatValue, labelIn, sourceLabel } from '../../src/data/figures.js';
import type { IndicatorDefinition, Initiative, Label, Model, Region, Source } from '../../src/data/schema.js';
import type { Change } from '../../src/data/trend.js';
import type { Boundaries } from '../../src/geo/boundaries.js';
import { regionPaths } from '../../src/geo/svg-map.js';
import type { Format, Lang } from '../../src/i18n/locale.js';
import { externalLink } from '../../src/ui/links.js';
import type { Messages } from './messages.js';
import type { ChartView, FigureView, LabourFigureView } from './view-model.js';

/** The language of a template: messages, Intl formatting, and the language of data labels. */
export interface Ctx {
  t: Messages;
  format: Format;
  lang: Lang;
}

/** `2015–2024` for a run of years, `2019, 2024` otherwise. */
export const yearList = (ys: number[]) => (ys.length > 2 && ys.at(-1)! - ys[0] === ys.length - 1 ? `${ys[0]}–${ys.at(-1)}` : ys.join(', '));
const sourceKey = (s: Source) => `${s.publisher}|${s.title}|${s.url}`;

/** `Bron: … · Peiljaar 2024`, a print reference to the caveat numbers, and the caveats to unfold. */
export function sourceLine({ t, lang }: Ctx, sources: Source[], years: number[], caveats: Label[], nums: number[]): TemplateResult {
  const unique = sources.filter((s, i) => sources.findIndex((x) => sourceKey(x) === sourceKey(s)) === i);
  // Files of one publication once under its name: `DUO, Open onderwijsdata: ingeschrevenen hbo; eerstejaars wo`.
  const groups = new Map<string, Source[]>();
  for (const s of unique) {
    const head = `${s.publisher ?? ''}|${s.title.includes(': ') ? s.title.split(': ')[0] : s.title}`;
    groups.set(head, [...(groups.get(head) ?? []), s]);
  }
  const list = [...groups.values()].map((g) =>
    g.length === 1
      ? externalLink(g[0].url, sourceLabel(g[0]))
      : html`${sourceLabel({ ...g[0], title: g[0].title.split(': ')[0] })}:
        ${g.map((s, i) => html`${i ? '; ' : ''}${externalLink(s.url, s.title.split(': ').slice(1).join(': '))}`)}`,
  );
  return html`<p class="source">
      ${t.source}:
      ${list.map((item, i) => html`${i ? ' · ' : ''}${item}`)}${years.length ? html` · ${t.year} ${yearList(years)}` : nothing}${
        caveats.length ? html`<span class="print-only"> · ${t.caveatRefs(nums)}</span>` : nothing
      }
    </p>
    ${
      caveats.length
        ? html`<details class="caveats">
            <summary>${t.caveats(caveats.length)}</summary>
            <ul>
              ${caveats.map((c) => html`<li>${labelIn(c, lang)}</li>`)}
            </ul>
          </details>`
        : nothing
    }`;
}

/** `▲ gestegen: +120 (+5,0%) t.o.v. 2023`, or why there is no change. */
export function changeLine({ t, format }: Ctx, def: IndicatorDefinition, change: Change | undefined): TemplateResult {
  if (!change) return html`<p class="change note">${t.noChange}</p>`;
  const arrow = { up: '▲', down: '▼', same: '▶' }[change.direction];
  const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '±';
  const abs = Math.abs(change.delta);
  const amount =
    def.unit === 'percent'
      ? `${sign}${format.number(abs)} ${t.pp}`
      : `${sign}${formatValue(abs, def, format, '')}${change.relative !== undefined ? ` (${sign}${format.percent(Math.abs(change.relative))})` : ''}`;
  return html`<p class="change ${change.direction}" data-direction=${change.direction}>
    <span class="arrow" aria-hidden="true">${arrow}</span> ${t[change.direction]}: ${amount} ${t.sinceYear(change.from.year)}
  </p>`;
}

/** A key figure: the region and the comparison side by side, the change, the national comparison, the source. */
export function keyFigure(ctx: Ctx, f: FigureView, name: string, compareName: string): TemplateResult {
  const { t, format, lang } = ctx;
  const { def, point, comparePoint: cpoint, vs } = f;
  const fmt = (v: number | undefined) => formatValue(v, def, format, t.noValue);
  return html`<div class="figure" part="figure" data-indicator=${def.id}>
    <dt>${labelIn(def.label, lang)}</dt>
    <dd>
      <div class="cols">
        <div class="col a">
          <span class="who">${name}</span>
          <span class="value ${point ? '' : 'absent'}">${fmt(point?.value)}</span>
          ${
            point
              ? html`<span class="yr">${t.year} ${point.period ?? point.year}${point.masked ? html` · ${t.lowerBound}` : nothing}</span>`
              : html`<span class="note">${t.noValueExplained}</span>`
          }
        </div>
        <div class="col b">
          <span class="who">${compareName}</span>
          <span class="value ${cpoint ? '' : 'absent'}">${fmt(cpoint?.value)}</span>
          ${cpoint ? html`<span class="yr">${t.year} ${cpoint.year}</span>` : nothing}
        </div>
      </div>
      ${point ? changeLine(ctx, def, f.change) : nothing}
      ${
        vs
          ? html`<p class="vs">
              ${
                vs.kind === 'share'
                  ? t.shareOfNl(format.percent(vs.share), vs.year)
                  : html`${t.nlValue(fmt(vs.national), vs.year)}: ${vs.difference > 0 ? t.higher : vs.difference < 0 ? t.lower : t.equal}`
              }
            </p>`
          : nothing
      }
      ${sourceLine(ctx, [def.source], point ? [point.year] : [], def.caveats ?? [], f.nums)}
    </dd>
  </div>`;
}

/** A chart: canvas (and its print image), a text for screen readers, notes, source, PNG button and table. */
export function chartFigure(ctx: Ctx, c: ChartView, image: string | undefined, onPng: (chart: ChartView) => void): TemplateResult {
  const { t, format } = ctx;
  const { spec } = c;
  const descId = `desc-${spec.id}`;
  const cell = (v: number | null) => (v === null ? t.noValue : formatValue(v, spec, format, t.noValue));
  return html`<figure class="chart" part="chart" data-chart=${spec.id}>
    <figcaption><h4 id=${`title-${spec.id}`}>${spec.title}</h4></figcaption>
    <div class="canvas ${spec.type}">
      <canvas data-chart=${spec.id} role="img" aria-labelledby=${`title-${spec.id}`} aria-describedby=${descId}></canvas>
      ${image ? html`<img class="print-img" src=${image} alt=${spec.description} />` : nothing}
    </div>
    <p id=${descId} class="visually-hidden">${spec.description}</p>
    ${spec.notes.length ? html`<p class="chart-notes">${spec.notes.join(' ')}</p>` : nothing} ${sourceLine(ctx, c.sources, spec.years, c.caveats, c.nums)}
    <div class="chart-actions">
      <button type="button" @click=${() => onPng(c)}>${t.png}<span class="visually-hidden">: ${spec.title}</span></button>
      <details part="table">
        <summary>${t.table}<span class="visually-hidden">: ${spec.title}</span></summary>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby=${`caption-${spec.id}`}>
          <table>
            <caption class="visually-hidden" id=${`caption-${spec.id}`}>
              ${spec.title}
            </caption>
            <thead>
              <tr>
                <th scope="col">${spec.type === 'line' ? t.year : t.category}</th>
                ${spec.series.map((s) => html`<th scope="col" class="num">${s.label}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${spec.categories.map(
                (cat, i) =>
                  html`<tr>
                    <th scope="row">${cat}</th>
                    ${spec.series.map((s) => html`<td class="num">${cell(s.values[i])}</td>`)}
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  </figure>`;
}

/** A national labour-market figure with its source. */
export function labourFigure(ctx: Ctx, { def, point, nums }: LabourFigureView): TemplateResult {
  const { t, format, lang } = ctx;
  return html`<div class="figure" data-indicator=${def.id}>
    <dt>${labelIn(def.label, lang)}</dt>
    <dd>
      <span class="who">${t.labourNational}</span>
      <span class="value ${point ? '' : 'absent'}">${formatValue(point?.value, def, format, t.noValue)}</span>
      ${point ? html`<span class="yr">${t.year} ${point.period ?? point.year}</span>` : nothing}
      ${sourceLine(ctx, [point?.source ?? def.source], point ? [point.year] : [], def.caveats ?? [], nums)}
    </dd>
  </div>`;
}

/** An initiative of the region, with a link to it on the netwerkkaart when `href` is given. */
export function initiativeItem(t: Messages, i: Initiative, href: string | undefined): TemplateResult {
  return html`<li data-initiative=${i.id}>
    <h4>${i.name}</h4>
    <p class="note">${i.place.name}</p>
    <p>${i.summary}</p>
    <p>
      ${href ? html`<a href=${href}>${t.onMap(i.name)}</a>` : nothing} ${i.website ? html`${href ? ' · ' : ''}${externalLink(i.website, t.website)}` : nothing}
    </p>
  </li>`;
}

/** A working model used in the region: its name (a link to its page when `href` is given) and its number of initiatives there. */
export function modelItem(t: Messages, m: Model, count: number, href: string | undefined): TemplateResult {
  return html`<li data-model=${m.id}>
    ${href ? html`<a href=${href}>${m.name}</a>` : m.name}${m.status === 'concept' ? html` <span class="concept">${t.concept}</span>` : nothing}
    <span class="note">· ${t.modelCount(count)}</span>
  </li>`;
}

export interface PickerInput {
  regions: Region[];
  /** The region and comparison shown. */
  id: string;
  compareId: string;
  /** The text in the search field. */
  filter: string;
}

export interface PickerHandlers {
  filter: (text: string) => void;
  pick: (region: string) => void;
  compare: (region: string) => void;
}

/** Search field (Enter picks the first match), region and comparison selects. */
export function pickerControls(t: Messages, { regions, id, compareId, filter }: PickerInput, on: PickerHandlers): TemplateResult {
  const q = filter.trim().toLocaleLowerCase();
  const match = (r: Region) => !q || r.name.toLocaleLowerCase().includes(q) || r.id.includes(q);
  const options = (selected: string, filtered: boolean) => {
    const group = (level: string, label: string) => {
      const list = regions.filter((r) => r.level === level && (!filtered || match(r) || r.id === selected));
      return list.length
        ? html`<optgroup label=${label}>${list.map((r) => html`<option value=${r.id} ?selected=${r.id === selected}>${r.name}</option>`)}</optgroup>`
        : nothing;
    };
    const nl = regions.find((r) => r.level === 'land');
    return html`${nl ? html`<option value=${nl.id} ?selected=${nl.id === selected}>${nl.name}</option>` : nothing} ${group('provincie', t.provinces)}
    ${group('arbeidsmarktregio', t.amrs)}`;
  };
  const matches = q ? regions.filter(match) : [];
  const select = (name: string, label: string, selected: string, filtered: boolean, pick: (id: string) => void) =>
    html`<div class="field">
      <label for=${name}>${label}</label>
      <select id=${name} @change=${(e: Event) => pick((e.target as HTMLSelectElement).value)}>
        ${options(selected, filtered)}
      </select>
    </div>`;
  return html`<div class="controls" role="search" aria-label=${t.picker}>
    <div class="field">
      <label for="filter">${t.search}</label>
      <input
        id="filter"
        type="search"
        autocomplete="off"
        aria-describedby="filter-hint filter-count"
        .value=${filter}
        @input=${(e: InputEvent) => on.filter((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter' && matches.length) {
            e.preventDefault();
            on.pick(matches[0].id);
            on.filter('');
          }
        }}
      />
      <p class="hint" id="filter-hint">${t.searchHint}</p>
      <p class="matches" id="filter-count" role="status">${q ? t.matches(matches.length) : ''}</p>
    </div>
    ${select('region', t.region, id, true, on.pick)} ${select('compare', t.compare, compareId, false, on.compare)}
  </div>`;
}

/** Share, CSV and print buttons, and the outcome of sharing in words. */
export function actionButtons(t: Messages, confirmation: string, on: { share: () => void; csv: () => void }): TemplateResult {
  return html`<div class="actions" part="actions">
    <button class="primary" type="button" @click=${on.share}>${t.share}</button>
    <button type="button" @click=${on.csv}>${t.csv}</button>
    <button type="button" @click=${() => print()}>${t.print}</button>
    <p class="confirm" role="status">${confirmation}</p>
  </div>`;
}

/** Where the region lies in the Netherlands: the provinces, the region highlighted. */
export function locatorMap(t: Messages, boundaries: Boundaries | undefined, region: Region | undefined): TemplateResult | typeof nothing {
  if (!boundaries || !region) return nothing;
  const { frame, paths } = regionPaths(boundaries, 300);
  const here = region.level === 'land' ? paths.get('outline') : paths.get(`${region.level}:${region.id}`);
  const provinces = [...paths].filter(([k]) => k.startsWith('provincie:')).map(([, p]) => p);
  return html`<div class="locator" part="map">
    <svg viewBox=${frame.viewBox} role="img" aria-label=${t.locator(region.name)}>
      ${provinces.map((p) => svg`<path class="land" d=${p}></path>`)} ${here ? svg`<path class="here" d=${here}></path>` : nothing}
    </svg>
  </div>`;
}
