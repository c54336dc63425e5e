import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController } from '../../src/data/data-controller.js';
import { formatValue, labelIn, pointAt, profileOf } from '../../src/data/figures.js';
import { NETHERLANDS_ID } from '../../src/geo/region-id.js';
import { LocaleController } from '../../src/i18n/locale.js';
import { tokens } from '../../src/theme/tokens.js';
import { renderDataStatus } from '../../src/ui/data-status.js';
import { externalLink } from '../../src/ui/links.js';
import { messages } from './messages.js';

/**
 * The data profile of one region: ICT education and labour market, with the year and
 * source of every figure.
 *
 * @summary Data profile of a region.
 *
 * @fires hca-ready - First render with data. Detail: `{ count }`, the number of figures shown.
 * @fires hca-data-error - Data could not be loaded or records were skipped. Detail: `{ problems, messages, fatal }`.
 *
 * @csspart header - Region name, level and data date.
 * @csspart figures - The list of key figures.
 * @csspart figure - One key figure.
 * @csspart status - Loading and error messages.
 */
export class HcaRegioprofiel extends LitElement {
  static styles = [
    tokens,
    css`
      header h2 {
        margin: 0;
      }
      .level {
        color: var(--_muted);
        margin: 0;
      }
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: var(--_space);
        margin: var(--_space) 0 0;
      }
      .figure {
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      dt {
        font-size: 0.9em;
      }
      dd {
        margin: 0.25em 0 0;
      }
      .value {
        display: block;
        font-size: 1.6em;
        font-weight: 700;
      }
    `,
  ];

  /** URL of a profiles dataset; companions (regions) are read from the same folder. */
  @property() accessor src: string | null = null;
  /** Region id (`utrecht`, `midden-utrecht`, ...); default the Netherlands (`nl`). */
  @property() accessor region = NETHERLANDS_ID;
  /** `auto` (follows the page), `light` or `dark`. */
  @property({ reflect: true }) accessor theme: 'auto' | 'light' | 'dark' = 'auto';
  dataTimeout?: number;

  private readonly locale = new LocaleController(this, messages);
  private readonly data = new DataController(this, 'profiles', {
    required: ['regions'],
    count: (d) => profileOf(d.profiles, this.shownRegion(d.regions.records.map((r) => r.id)))?.series.length ?? 0,
  });

  private shownRegion(ids: string[]): string {
    return ids.includes(this.region) ? this.region : NETHERLANDS_ID;
  }

  render() {
    const d = this.data.data;
    const { t, format, lang } = this.locale;
    if (!d) return renderDataStatus(this.data, lang);
    const id = this.shownRegion(d.regions.records.map((r) => r.id));
    const region = d.regions.records.find((r) => r.id === id);
    const profile = profileOf(d.profiles, id);
    const defs = d.profiles.indicators ?? [];
    return html`
      ${renderDataStatus(this.data, lang)}
      ${id !== this.region ? html`<p class="status" role="status">${t.unknownRegion(this.region)}</p>` : nothing}
      <header part="header">
        <h2>${region?.name ?? id}</h2>
        <p class="level">${t.levels[region?.level ?? 'land']} · ${t.dataDate(format.isoDate(d.profiles.updated))}</p>
      </header>
      <dl part="figures">
        ${(profile?.series ?? []).map((s) => {
          const def = defs.find((x) => x.id === s.indicator);
          if (!def) return nothing;
          const point = pointAt(profile, s.indicator);
          return html`<div class="figure" part="figure" data-indicator=${def.id}>
            <dt>${labelIn(def.label, lang)}</dt>
            <dd>
              <span class="value">${formatValue(point?.value, def, format, t.noValue)}</span>
              ${point ? html`<span>${t.year}: ${point.year}</span>` : nothing}
              <span class="source">${t.source}: ${externalLink(def.source.url, [def.source.publisher, def.source.title].filter(Boolean).join(', '))}</span>
            </dd>
          </div>`;
        })}
      </dl>
    `;
  }
}
