import { LitElement, css, html, nothing } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { DataController } from '../../src/data/data-controller.js';
import type { Initiative } from '../../src/data/schema.js';
import { emit } from '../../src/events.js';
import { LocaleController } from '../../src/i18n/locale.js';
import { MapController } from '../../src/map/map-controller.js';
import type { Renderer } from '../../src/map/map-view.js';
import { tokens } from '../../src/theme/tokens.js';
import { renderDataStatus } from '../../src/ui/data-status.js';
import { externalLink } from '../../src/ui/links.js';
import { messages } from './messages.js';

/**
 * The network map of ICT initiatives against the shortage of ICT professionals:
 * a map on an offline basemap with clustered markers, a list in step with it, and a
 * detail card per initiative.
 *
 * @summary Map of ICT initiatives with list and detail cards.
 *
 * @fires hca-ready - First render with data and map. Detail: `{ count }`, the number of initiatives shown.
 * @fires hca-select - An initiative was selected. Detail: `{ kind: 'initiative', id }`.
 * @fires hca-data-error - Data could not be loaded or records were skipped. Detail: `{ problems, messages, fatal }`.
 *
 * @csspart map - The map.
 * @csspart list - The list of initiatives.
 * @csspart item - One initiative in the list.
 * @csspart card - The detail card.
 * @csspart status - Loading, error and result-count messages.
 *
 * @cssprop [--hca-netwerkkaart-height=480px] - Height of the map.
 * @cssprop [--hca-marker-color=#0b5cad] - Colour of initiative markers.
 */
export class HcaNetwerkkaart extends LitElement {
  static styles = [
    tokens,
    css`
      :host {
        --_height: var(--hca-netwerkkaart-height, 480px);
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr);
        gap: var(--_space);
      }
      @media (max-width: 720px) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
      .map {
        height: var(--_height);
        min-height: 240px;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        overflow: hidden;
      }
      ul.list {
        list-style: none;
        margin: 0;
        padding: 0;
        max-height: var(--_height);
        overflow: auto;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      ul.list button {
        all: unset;
        box-sizing: border-box;
        display: block;
        width: 100%;
        padding: 0.5rem var(--_space);
        cursor: pointer;
        border-bottom: 1px solid var(--_border);
      }
      ul.list button[aria-pressed='true'] {
        background: var(--_surface);
        box-shadow: inset 4px 0 0 var(--_accent);
      }
      ul.list button:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: -3px;
      }
      .meta {
        display: block;
        color: var(--_muted);
        font-size: 0.85em;
      }
      .card {
        margin-top: var(--_space);
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .card h3 {
        margin: 0 0 0.5em;
      }
    `,
  ];

  /** URL of an initiatives dataset; companions (taxonomy, regions, models) are read from the same folder. */
  @property() accessor src: string | null = null;
  /** `leaflet` (default). */
  @property() accessor renderer: Renderer = 'leaflet';
  /** `auto` (follows the page), `light` or `dark`. */
  @property({ reflect: true }) accessor theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Milliseconds before a slow data request gives up. */
  dataTimeout?: number;

  @state() private accessor selected: string | null = null;
  @query('.map') private accessor mapEl!: HTMLElement | null;

  private readonly locale = new LocaleController(this, messages);
  private readonly data = new DataController(this, 'initiatives', {
    optional: ['taxonomy', 'regions', 'models'],
    count: async (d) => {
      await this.updateComplete;
      await this.map.start();
      return d.initiatives.records.length;
    },
  });
  private readonly map = new MapController(
    this,
    () => this.mapEl,
    () => ({
      renderer: this.renderer,
      labels: { cluster: this.locale.t.cluster, map: this.locale.t.map },
      onSelect: (id) => this.select(id, false),
      onClusterList: (ids) => this.select(ids[0], false),
    }),
  );

  protected updated(): void {
    if (this.data.data && this.map.view && !this.drawn) {
      this.drawn = true;
      const color = getComputedStyle(this).getPropertyValue('--hca-marker-color').trim() || '#0b5cad';
      this.map.view.setMarkers(
        'initiatives',
        this.data.data.initiatives.records.map((i) => ({ id: i.id, lat: i.place.lat, lon: i.place.lon, name: `${i.name}, ${i.place.name}` })),
        { color },
      );
    }
    if (this.data.data) void this.map.start();
  }
  private drawn = false;

  private select(id: string | null, reveal = true) {
    this.selected = id;
    this.map.view?.highlight(id, reveal);
    if (id) emit(this, 'hca-select', { kind: 'initiative', id });
  }

  private label(facet: 'kind', id: string): string {
    const term = this.data.data?.taxonomy?.records.find((t) => t.facet === facet && t.id === id);
    return term ? (this.locale.lang === 'en' && term.label.en) || term.label.nl : id;
  }

  private renderCard(i: Initiative) {
    const t = this.locale.t;
    return html`<article class="card" part="card" aria-labelledby="card-title">
      <h3 id="card-title">${i.name}</h3>
      <p>${i.summary}</p>
      <p><strong>${t.place}:</strong> ${i.place.name}</p>
      ${i.website ? html`<p>${externalLink(i.website, t.website)}</p>` : nothing}
      <p><strong>${t.sources}:</strong> ${i.sources.map((s) => externalLink(s.url, s.title))}</p>
      <p class="source">${t.verified}: ${this.locale.format.isoDate(i.verified)}</p>
      <button type="button" @click=${() => this.select(null)}>${t.close}</button>
    </article>`;
  }

  render() {
    const t = this.locale.t;
    const records = this.data.data?.initiatives.records ?? [];
    const current = records.find((r) => r.id === this.selected);
    return html`
      ${renderDataStatus(this.data, this.locale.lang)}
      ${this.map.error ? html`<p class="status" role="status">${t.mapFailed}</p>` : nothing}
      <div class="layout">
        <div class="map" part="map" role="region" aria-label=${t.map}></div>
        <div>
          <p class="status" role="status" part="status">${this.data.data ? t.count(records.length) : ''}</p>
          <ul class="list" part="list" aria-label=${t.list}>
            ${records.map(
              (i) => html`<li part="item">
                <button type="button" aria-pressed=${i.id === this.selected ? 'true' : 'false'} @click=${() => this.select(i.id)}>
                  ${i.name}<span class="meta">${i.place.name} · ${this.label('kind', i.kind)}</span>
                </button>
              </li>`,
            )}
          </ul>
        </div>
      </div>
      ${current ? this.renderCard(current) : nothing}
    `;
  }
}
