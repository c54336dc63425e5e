/**
 * The templates of the netwerkkaart: toolbar, facet panel, chips, legend, list, detail
 * cards. Each is a function of what it shows and of the element's handlers, so the
 * element class holds only its top-level template.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Initiative, Location } from '../../src/data/schema.js';
import type { Format } from '../../src/i18n/locale.js';
import { FACETS, isEmpty, type FacetKey, type FilterResult, type Filters } from '../../src/state/filters.js';
import { cssProps } from '../../src/ui/css-props.js';
import { externalLink, templateHref } from '../../src/ui/links.js';
import type { ExportFormat } from './export.js';
import type { VirtualListController } from '../../src/ui/virtual-list.js';
import type { Labels, Option } from './labels.js';
import type { Messages } from './messages.js';

/** Height of one list row in px (fixed, so the list can show 100,000 rows by drawing only the visible ones). */
export const ROW_HEIGHT = 72;
/** Row height in em of the element's font: two lines of name and one of place and kind. */
export const ROW_EM = 4.6;

/** What `controls` can show; all by default. */
export const CONTROLS = ['search', 'filters', 'list', 'legend', 'fullscreen', 'download'] as const;
export type Control = (typeof CONTROLS)[number];

/** What the templates call back into the element. */
export interface Handlers {
  setFilters(next: Partial<Filters>): void;
  toggleFacet(facet: FacetKey): void;
  toggleOption(facet: FacetKey, id: string, on: boolean): void;
  clearAll(): void;
  download(format: ExportFormat): void;
  toggleFullscreen(): void;
  showLocations(on: boolean): void;
  closeMembers(): void;
  openRow(index: number, id: string): void;
  closeCard(): void;
  showView(view: 'map' | 'list'): void;
  skipMap(): void;
  copyLink(id: string): void;
}

const searchIcon = html`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
  <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" stroke-width="2" />
  <path d="m11 11 4 4" stroke="currentColor" stroke-width="2" />
</svg>`;
const chevron = html`<svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
  <path d="m2 4 4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" />
</svg>`;
const fullIcon = html`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
  <path d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5" fill="none" stroke="currentColor" stroke-width="2" />
</svg>`;
const downloadIcon = html`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
  <path d="M8 1v9m-4-4 4 4 4-4M2 14h12" fill="none" stroke="currentColor" stroke-width="2" />
</svg>`;

const concept = (t: Messages, on: boolean | undefined, space = '') => (on ? html`${space}<span class="concept">${t.concept}</span>` : nothing);
const checked = (e: Event) => (e.target as HTMLInputElement).checked;

export interface ToolbarInput {
  has(control: Control): boolean;
  filters: Filters;
  openFacet: FacetKey | null;
  /** Number of initiatives shown; undefined before the data is there (downloads wait). */
  shown: number | undefined;
  fullscreen: { supported: boolean; active: boolean };
  /** On a phone: whether the map or the list fills the element. */
  view: 'map' | 'list';
}

export function toolbar(t: Messages, { has, filters, openFacet, shown, fullscreen, view }: ToolbarInput, on: Handlers): TemplateResult {
  const n = shown ?? 0;
  const download = (format: ExportFormat, label: string, text: string) =>
    html`<button type="button" class="btn" aria-label=${t.downloadLabel(label, n)} ?disabled=${shown === undefined} @click=${() => on.download(format)}>
      ${downloadIcon}<span class="label">${text}</span>
    </button>`;
  return html`<div class="toolbar">
    ${
      has('search')
        ? html`<div class="search" part="search" role="search">
            ${searchIcon}
            <input
              type="search"
              aria-label=${t.search}
              placeholder=${t.searchPlaceholder}
              .value=${filters.query}
              @input=${(e: InputEvent) => on.setFilters({ query: (e.target as HTMLInputElement).value })}
            />
          </div>`
        : nothing
    }
    ${
      has('filters')
        ? html`<div class="facets" part="filters" role="group" aria-label=${t.filters}>
            ${FACETS.map((facet) => {
              const count = filters[facet].length;
              return html`<button
                type="button"
                class="btn"
                id="facet-${facet}"
                aria-expanded=${openFacet === facet ? 'true' : 'false'}
                aria-controls="panel"
                @click=${() => on.toggleFacet(facet)}
              >
                ${t.facet[facet]}${count ? html` <span class="n"><span class="visually-hidden">(</span>${count}<span class="visually-hidden">)</span></span>` : nothing}
                ${chevron}
              </button>`;
            })}
          </div>`
        : nothing
    }
    ${
      has('download') || has('fullscreen')
        ? html`<div class="actions">
            ${has('download') ? html`${download('csv', 'CSV', t.downloadCsv)} ${download('geojson', 'GeoJSON', t.downloadGeojson)}` : nothing}
            ${
              has('fullscreen') && fullscreen.supported
                ? html`<button
                    type="button"
                    class="btn ${fullscreen.active ? 'on' : ''}"
                    aria-pressed=${fullscreen.active ? 'true' : 'false'}
                    @click=${on.toggleFullscreen}
                  >
                    ${fullIcon}<span class="label">${t.fullscreen}</span>
                  </button>`
                : nothing
            }
          </div>`
        : nothing
    }
    ${has('list') ? viewSwitch(t, view, on) : nothing}
  </div>`;
}

/** The options of the open facet, each with its count under the other filters; regions in two groups. */
export function facetPanel(
  t: Messages,
  facet: FacetKey,
  labels: Labels,
  filters: Filters,
  result: FilterResult<Initiative> | undefined,
  on: Handlers,
): TemplateResult {
  const counts = result?.counts[facet] ?? new Map<string, number>();
  const chosen = new Set(filters[facet]);
  const options = labels.options(facet, result?.counts).filter((o) => chosen.has(o.id) || (counts.get(o.id) ?? 0) > 0);
  const box = (o: Option) =>
    html`<label>
      <input type="checkbox" .checked=${chosen.has(o.id)} @change=${(e: Event) => on.toggleOption(facet, o.id, checked(e))} />
      <span>${o.label}${concept(t, o.concept, ' ')}</span>
      <span class="c">${counts.get(o.id) ?? 0}</span>
    </label>`;
  const groups: [string, Option[]][] =
    facet === 'region'
      ? [
          [t.provinces, options.filter((o) => o.group === 'provincie')],
          [t.amrs, options.filter((o) => o.group === 'arbeidsmarktregio')],
        ]
      : [[t.facet[facet], options]];
  return html`<div class="panel" id="panel" part="filter-panel">
    ${groups
      .filter(([, list]) => list.length)
      .map(
        ([legend, list]) =>
          html`<fieldset>
            <legend>${legend}</legend>
            ${list.map(box)}
          </fieldset>`,
      )}
  </div>`;
}

/** The active search and options, each a button that removes it, and "clear all". */
export function chips(t: Messages, filters: Filters, labels: Labels, on: Handlers): TemplateResult | typeof nothing {
  if (isEmpty(filters)) return nothing;
  const chip = (label: string, name: string, remove: () => void) =>
    html`<li>
      <button type="button" class="chip" aria-label=${name} @click=${remove}>${label}<span aria-hidden="true">×</span></button>
    </li>`;
  const query = filters.query.trim();
  return html`<ul class="chips" part="chips" aria-label=${t.activeFilters}>
    ${query ? chip(`“${query}”`, t.removeQuery(query), () => on.setFilters({ query: '' })) : nothing}
    ${FACETS.flatMap((facet) =>
      filters[facet].map((id) => {
        const label = labels.optionLabel(facet, id);
        return chip(label, t.remove(label), () => on.toggleOption(facet, id, false));
      }),
    )}
    <li><button type="button" class="linkish" @click=${on.clearAll}>${t.clearAll}</button></li>
  </ul>`;
}

/**
 * The legend; with location data, its switch for the locations layer. It folds open and
 * shut, and starts shut on a phone, where it would cover a corner of the small map.
 */
export function legend(t: Messages, locations: { available: boolean; shown: boolean }, on: Handlers, folded: boolean): TemplateResult {
  return html`<details class="legend" part="legend" ?open=${!folded}>
    <summary>${t.legend}</summary>
    <ul>
      <li><span class="sw" aria-hidden="true"></span>${t.legendInitiative}</li>
      <li><span class="sw cl" aria-hidden="true">12</span>${t.legendCluster}</li>
      ${
        locations.available
          ? html`<li>
              <label
                ><input type="checkbox" .checked=${locations.shown} @change=${(e: Event) => on.showLocations(checked(e))} /><span
                  class="sw loc"
                  aria-hidden="true"
                ></span
                >${t.legendLocations}</label
              >
            </li>`
          : nothing
      }
    </ul>
  </details>`;
}

/** Map | List: on a phone one of them fills the element (CSS shows the switch only there). */
function viewSwitch(t: Messages, view: 'map' | 'list', on: Handlers): TemplateResult {
  const button = (v: 'map' | 'list', label: string) =>
    html`<button type="button" class="btn ${view === v ? 'on' : ''}" aria-pressed=${view === v ? 'true' : 'false'} @click=${() => on.showView(v)}>
      ${label}
    </button>`;
  return html`<div class="views" role="group" aria-label=${t.views}>${button('map', t.viewMap)}${button('list', t.viewList)}</div>`;
}

/** The map's box, with a skip button before it (keyboard users pass the map) and the gesture hint over it. */
export function mapArea(
  t: Messages,
  { skip, gesture }: { skip: boolean; gesture: unknown },
  on: Handlers,
  onWheel: EventListenerObject & AddEventListenerOptions,
): TemplateResult {
  return html`${skip ? html`<button type="button" class="skip" @click=${on.skipMap}>${t.skipMap}</button>` : nothing}
    <div class="mapwrap" @wheel=${onWheel}>
      <div class="map" part="map" role="region" aria-label=${t.map} aria-describedby="map-help"></div>
      <p id="map-help" class="visually-hidden">${t.mapHelp}</p>
      ${gesture}
    </div>`;
}

export interface ListInput {
  /** The rows: the filtered initiatives, or the members of a cluster. */
  rows: Initiative[];
  /** Which rows are in the DOM, the row with the tab stop, the row height and the keys. */
  list: Pick<VirtualListController, 'window' | 'active' | 'rowHeight' | 'onKeydown' | 'onScroll'>;
  selected: string | null;
  /** Filtered count; undefined before the data is there. */
  shown: number | undefined;
  total: number;
  members: boolean;
  loading: TemplateResult | typeof nothing;
  showList: boolean;
  /** `Gegevens van 30 november 2026`, under the list. */
  dataDate: string;
}

function listRow(i: Initiative, index: number, input: ListInput, labels: Labels, on: Handlers): TemplateResult {
  return html`<div role="listitem" part="item" aria-setsize=${input.rows.length} aria-posinset=${index + 1} data-top=${index * input.list.rowHeight}>
    <button
      type="button"
      class="row"
      data-index=${index}
      data-id=${i.id}
      tabindex=${index === input.list.active ? '0' : '-1'}
      aria-current=${i.id === input.selected ? 'true' : 'false'}
      @click=${() => on.openRow(index, i.id)}
    >
      <span class="name" title=${i.name}>${i.name}</span>
      <span class="meta">${i.place.name} · ${labels.term('kind', i.kind).label}</span>
    </button>
  </div>`;
}

/** The count, the cluster members note, and the virtual list (only the rows in view are in the DOM). */
export function list(t: Messages, input: ListInput, labels: Labels, on: Handlers): TemplateResult {
  const { rows, shown, total } = input;
  const count = shown === undefined ? '' : shown === total ? t.count(total) : t.countOf(shown, total);
  return html`<div class="side">
    <p class="count" role="status" aria-live="polite" part="count">${count}</p>
    ${
      input.members
        ? html`<p class="members">
            <span>${t.members(rows.length)}</span>
            <button type="button" class="linkish" @click=${on.closeMembers}>${t.close}</button>
          </p>`
        : nothing
    }
    ${
      input.showList
        ? html`<div class="rowswrap">
              ${input.loading} ${shown !== undefined && !rows.length ? html`<p class="empty">${t.noResults}</p>` : nothing}
              <div
                class="rows"
                part="list"
                role="list"
                aria-label=${t.list}
                aria-describedby="list-help"
                ${cssProps({ '--_row': `${input.list.rowHeight}px` })}
                @keydown=${input.list.onKeydown}
                @scroll=${input.list.onScroll}
              >
                <div class="sizer">
                  ${repeat(
                    input.list.window(),
                    (i) => rows[i].id,
                    (i) => listRow(rows[i], i, input, labels, on),
                  )}
                </div>
              </div>
            </div>
            <p id="list-help" class="visually-hidden">${t.listHelp}</p>`
        : nothing
    }
    <p class="data-date">${input.dataDate}</p>
  </div>`;
}

const cardHeader = (t: Messages, title: string, on: Handlers) =>
  html`<header>
    <h2 id="card-title" tabindex="-1">${title}</h2>
    <button type="button" class="iconbtn" aria-label=${t.close} @click=${on.closeCard}><span aria-hidden="true">✕</span></button>
  </header>`;

/** The page author's link templates (`model-href`, `profile-href`) for the card's models and regions. */
export interface CardLinks {
  model: string | null;
  profile: string | null;
}

/** The detail card of an initiative. `notice` is what copying the link said. */
export function card(t: Messages, format: Format, i: Initiative, labels: Labels, notice: string, links: CardLinks, on: Handlers): TemplateResult {
  const kind = labels.term('kind', i.kind);
  const row = (label: string, value: unknown) =>
    html`<dt>${label}</dt>
      <dd>${value}</dd>`;
  const terms = (facet: 'targetGroup' | 'level' | 'theme' | 'pillar', ids: string[]) =>
    html`<ul class="plain">
      ${ids.map((id) => {
        const term = labels.term(facet, id);
        return html`<li>${term.label}${concept(t, term.concept)}</li>`;
      })}
    </ul>`;
  const models = html`<ul class="plain">
    ${i.models.map((id) => {
      const m = labels.model(id);
      const href = templateHref(links.model, { model: id, id: i.id });
      return html`<li>
        <button type="button" class="pill" @click=${() => on.setFilters({ model: [id] })}>${m?.name ?? id}</button>${concept(t, m?.status === 'concept')}
        ${href ? html`<a class="model-link" href=${href}>${t.aboutModel}<span class="visually-hidden">: ${m?.name ?? id}</span></a>` : nothing}
      </li>`;
    })}
  </ul>`;
  const sources = html`<ul class="plain">
    ${i.sources.map((s) => html`<li>${externalLink(s.url, s.title)}${s.publisher ? html` (${s.publisher})` : nothing}</li>`)}
  </ul>`;
  // placed from the spreadsheet's gemeente: say so, so nobody reads the point as an address
  const place =
    i.place.precision === 'gemeente'
      ? html`${i.place.name}<br /><span class="precision">${t.atGemeente(labels.gemeenteName(i.place.gemeente) ?? i.place.name)}</span>`
      : i.place.name;
  return html`<article class="card" part="card" aria-labelledby="card-title">
    ${cardHeader(t, i.name, on)}
    <p class="kind">${kind.label}${concept(t, kind.concept)}</p>
    <p>${i.summary}</p>
    <dl>
      ${i.organisations.length ? row(t.organisations, i.organisations.join(', ')) : nothing}
      ${i.partners.length ? row(t.partners, i.partners.join(', ')) : nothing} ${row(t.place, place)}
      ${row(t.regions, regionLinks(i.regions, labels, links.profile))} ${i.levels.length ? row(t.levels, terms('level', i.levels)) : nothing}
      ${i.targetGroups.length ? row(t.targetGroups, terms('targetGroup', i.targetGroups)) : nothing}
      ${i.themes.length ? row(t.themes, terms('theme', i.themes)) : nothing} ${i.pillars.length ? row(t.pillars, terms('pillar', i.pillars)) : nothing}
      ${i.models.length ? row(t.models, models) : nothing} ${i.website ? row(t.website, externalLink(i.website, new URL(i.website).hostname)) : nothing}
      ${i.startYear ? row(t.startYear, String(i.startYear)) : nothing} ${row(t.status, t.statusValue[i.status] ?? i.status)} ${row(t.sources, sources)}
    </dl>
    <p class="source">${t.verified}: ${format.isoDate(i.verified)}</p>
    <div class="tools">
      <button type="button" class="btn" @click=${() => on.copyLink(i.id)}>${t.copyLink}</button>
      <button type="button" class="btn" @click=${on.closeCard}>${t.close}</button>
    </div>
    <p class="note" role="status">${notice}</p>
  </article>`;
}

/** The regions of an initiative, each a link to its profile when the page gives a template. */
function regionLinks(ids: string[], labels: Labels, template: string | null): TemplateResult {
  return html`${ids.map((id, n) => {
    const href = templateHref(template, { region: id });
    return html`${n ? ', ' : ''}${href ? html`<a href=${href}>${labels.regionName(id)}</a>` : labels.regionName(id)}`;
  })}`;
}

/** The card of a DUO ICT education location. */
export function locationCard(t: Messages, l: Location, labels: Labels, attribution: string | undefined, on: Handlers): TemplateResult {
  return html`<article class="card" part="card" aria-labelledby="card-title">
    ${cardHeader(t, l.institution, on)}
    <p class="kind">${t.legendLocations}</p>
    <dl>
      <dt>${t.place}</dt>
      <dd>${l.place.name}</dd>
      <dt>${t.levels}</dt>
      <dd>${l.level}</dd>
      <dt>${t.regions}</dt>
      <dd>${l.regions.map((id) => labels.regionName(id)).join(', ')}</dd>
    </dl>
    <p>${t.locationCard(l.programmes, l.students)} (${l.year})</p>
    <p class="source">${t.sources}: ${attribution ?? 'DUO'}</p>
  </article>`;
}
