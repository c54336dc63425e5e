import { LitElement, css, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { DataController } from '../../src/data/data-controller.js';
import { formatValue, labelIn, pointAt, profileOf } from '../../src/data/figures.js';
import { loadBoundaries, type Boundaries } from '../../src/geo/boundaries.js';
import { quantileScale } from '../../src/geo/classes.js';
import { svgFrame } from '../../src/geo/svg-map.js';
import { LocaleController } from '../../src/i18n/locale.js';
import { tokens } from '../../src/theme/tokens.js';
import { renderDataStatus } from '../../src/ui/data-status.js';
import { externalLink } from '../../src/ui/links.js';
import { messages } from './messages.js';

/**
 * A choropleth of one indicator over all provinces or arbeidsmarktregio's, with a
 * classed colour-blind-safe scale and a legend with class limits.
 *
 * @summary Choropleth of one indicator that leads into the region profiles.
 *
 * @fires hca-ready - First render with data and boundaries. Detail: `{ count }`, the number of regions shown.
 * @fires hca-data-error - Data could not be loaded or records were skipped. Detail: `{ problems, messages, fatal }`.
 *
 * @csspart map - The map.
 * @csspart legend - The legend.
 * @csspart status - Loading and error messages.
 */
export class HcaRegiokaart extends LitElement {
  static styles = [
    tokens,
    css`
      .wrap {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(10rem, 1fr);
        gap: var(--_space);
        align-items: start;
      }
      @media (max-width: 600px) {
        .wrap {
          grid-template-columns: 1fr;
        }
      }
      svg {
        width: 100%;
        height: auto;
        display: block;
      }
      path.region {
        stroke: var(--_bg);
        stroke-width: 1.2;
      }
      path.outline {
        fill: var(--_land);
      }
      .legend ul {
        list-style: none;
        padding: 0;
        margin: 0.25em 0;
      }
      .swatch {
        display: inline-block;
        width: 1.2em;
        height: 1em;
        margin-right: 0.4em;
        vertical-align: middle;
        border: 1px solid var(--_border);
      }
      h3 {
        margin: 0 0 0.25em;
        font-size: 1em;
      }
    `,
  ];

  /** URL of a profiles dataset; companions (regions) are read from the same folder. */
  @property() accessor src: string | null = null;
  /** Indicator id, e.g. `ict-ingeschrevenen-hbo`. */
  @property() accessor indicator = 'ict-ingeschrevenen-hbo';
  /** Year; default the newest year with data. */
  @property({ type: Number }) accessor year: number | undefined = undefined;
  /** `provincie` (default) or `arbeidsmarktregio`. */
  @property() accessor level: 'provincie' | 'arbeidsmarktregio' = 'provincie';
  /** `auto` (follows the page), `light` or `dark`. */
  @property({ reflect: true }) accessor theme: 'auto' | 'light' | 'dark' = 'auto';
  dataTimeout?: number;

  @state() private accessor boundaries: Boundaries | undefined;

  private readonly locale = new LocaleController(this, messages);
  private readonly data = new DataController(this, 'profiles', {
    required: ['regions'],
    count: async () => {
      this.boundaries ??= await loadBoundaries();
      await this.updateComplete;
      return this.features().length;
    },
  });

  private features() {
    return this.boundaries ? (this.level === 'arbeidsmarktregio' ? this.boundaries.amrs : this.boundaries.provinces).features : [];
  }

  render() {
    const d = this.data.data;
    const { t, format, lang } = this.locale;
    if (!d || !this.boundaries) return renderDataStatus(this.data, lang);
    const def = d.profiles.indicators?.find((x) => x.id === this.indicator);
    if (!def) return html`<p class="status error" role="alert" part="status">${t.unknownIndicator(this.indicator)}</p>`;
    const year = this.year ?? pointAt(profileOf(d.profiles, 'nl'), def.id)?.year;
    const rows = this.features().map((f) => {
      const value = pointAt(profileOf(d.profiles, String(f.id)), def.id, year)?.value;
      return { f, id: String(f.id), name: f.properties.name, value };
    });
    const scale = quantileScale(rows.flatMap((r) => (r.value === undefined ? [] : [r.value])));
    const frame = svgFrame(this.boundaries.outline);
    const fmt = (v: number | undefined) => formatValue(v, def, format, t.noData);
    const title = labelIn(def.label, lang);
    return html`
      ${renderDataStatus(this.data, lang)}
      <div class="wrap">
        <svg part="map" viewBox=${frame.viewBox} role="img" aria-label=${t.map(title, year ?? '')}>
          <defs>
            <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" fill="var(--_bg)"></rect>
              <line x1="0" y1="0" x2="0" y2="8" stroke="var(--_muted)" stroke-width="2"></line>
            </pattern>
          </defs>
          ${this.boundaries.outline.features.map((f) => svg`<path class="outline" d=${frame.path(f)}></path>`)}
          ${rows.map(
            (r) => svg`<path class="region" data-region=${r.id} d=${frame.path(r.f)}
              fill=${r.value === undefined ? 'url(#hatch)' : scale.colors[scale.classOf(r.value)]}>
              <title>${r.name}: ${fmt(r.value)}</title></path>`,
          )}
        </svg>
        <div class="legend" part="legend">
          <h3>${title} (${year})</h3>
          <ul>
            ${scale.limits.map((limit, i) => {
              const from = i === 0 ? scale.min : scale.limits[i - 1];
              return html`<li><span class="swatch" style=${styleMap({ background: scale.colors[i] })}></span>${t.range(fmt(from), fmt(limit))}</li>`;
            })}
            ${rows.some((r) => r.value === undefined)
              ? html`<li><svg class="swatch" viewBox="0 0 8 8" aria-hidden="true"><rect width="8" height="8" fill="url(#hatch)"></rect></svg>${t.noData}</li>`
              : nothing}
          </ul>
          <p class="source">${t.source}: ${externalLink(def.source.url, [def.source.publisher, def.source.title].filter(Boolean).join(', '))}</p>
        </div>
      </div>
    `;
  }
}
