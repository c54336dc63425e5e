import { css, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController } from '../../src/data/data-controller.js';
import { formatValue, labelIn, pointAt, profileOf, sourceLabel } from '../../src/data/figures.js';
import { emit } from '../../src/events.js';
import { loadBoundaries, type Boundaries } from '../../src/geo/boundaries.js';
import { quantileScale, type ClassScale } from '../../src/geo/classes.js';
import { NETHERLANDS_ID } from '../../src/geo/region-id.js';
import { regionPaths, type RegionFeature } from '../../src/geo/svg-map.js';
import { LocaleController } from '../../src/i18n/locale.js';
import { boxStyles } from '../../src/ui/box.js';
import { KitElement } from '../../src/ui/kit-element.js';
import { tableStyles } from '../../src/ui/table-styles.js';
import { externalLink, templateHref } from '../../src/ui/links.js';
import { cssProps } from '../../src/ui/css-props.js';
import { messages } from './messages.js';

interface Row {
  f: RegionFeature;
  id: string;
  name: string;
  value: number | undefined;
  /** Class index, or -1 without a value. */
  cls: number;
}

/** Class labels: `min t/m l0`, then `meer dan l(i-1) t/m li`, so no value falls in two classes. */
export function classLabels(scale: ClassScale, fmt: (v: number) => string, t: (typeof messages)['nl']): string[] {
  return scale.limits.map((limit, i) => (i === 0 ? t.range(fmt(scale.min), fmt(limit)) : t.rangeAbove(fmt(scale.limits[i - 1]), fmt(limit))));
}

/**
 * A choropleth of one indicator over all provinces or arbeidsmarktregio's, with a
 * classed colour-blind-safe scale (ColorBrewer YlGnBu), a legend with class limits,
 * hatching where there is no figure, a tooltip on hover and on keyboard focus, and a
 * table view. Every region is focusable; click or Enter selects it.
 *
 * Lives in the box the page gives it: fills a height the page sets and scrolls inside,
 * grows to its content without one, and uses a phone layout below 600 px of its own width.
 *
 * @summary Choropleth of one indicator that leads into the region profiles.
 * @customElement hca-regiokaart
 *
 * @fires hca-ready - First render with data and boundaries. Detail: `{ count }`, the number of regions shown.
 * @fires hca-select - A region was clicked or chosen with Enter. Detail: `{ kind: 'region', id }`.
 * @fires hca-data-error - Data could not be loaded or records were skipped. Detail: `{ problems, messages, fatal }`.
 *
 * @csspart map - The map.
 * @csspart legend - The legend.
 * @csspart table - The table view.
 * @csspart tooltip - The tooltip.
 * @csspart status - Loading and error messages.
 */
export class HcaRegiokaart extends KitElement {
  static styles = [
    KitElement.styles,
    boxStyles,
    tableStyles,
    css`
      .wrap {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(12rem, 1fr);
        gap: calc(var(--_space) * 1.5);
        align-items: start;
      }
      /* phone (the element's own width, see src/ui/box.ts): the map above the legend, a taller disclosure to tap */
      @container (max-width: 600px) {
        .wrap {
          grid-template-columns: minmax(0, 1fr);
        }
        summary {
          padding: 0.6em 0;
        }
      }
      .map {
        position: relative;
      }
      svg {
        width: 100%;
        height: auto;
        max-height: min(75vh, 44rem);
        display: block;
      }
      .region {
        stroke: var(--_bg);
        stroke-width: 1.2;
        cursor: pointer;
        outline: none;
      }
      .region:hover,
      .region.active {
        stroke: var(--_text);
        stroke-width: 3;
      }
      .region:focus-visible,
      a:focus-visible .region {
        stroke: var(--_focus);
        stroke-width: 5;
      }
      a {
        outline: none;
      }
      path.outline {
        fill: var(--_land);
      }
      /* placed inside the map by placeTip() */
      .tooltip {
        position: absolute;
        left: 0;
        top: 0;
        width: max-content;
        max-width: 100%;
        pointer-events: none;
        background: var(--_text);
        color: var(--_bg);
        padding: 0.35em 0.6em;
        border-radius: 4px;
        font-size: 0.9em;
        box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
        z-index: 1;
      }
      .tooltip strong {
        display: block;
      }
      .legend ul {
        list-style: none;
        padding: 0;
        margin: 0.5em 0;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 0.5em;
        margin: 0.2em 0;
        font-variant-numeric: tabular-nums;
      }
      .swatch {
        flex: none;
        display: inline-block;
        width: 1.6em;
        height: 1.1em;
        border: 1px solid var(--_muted);
      }
      .count {
        color: var(--_muted);
        font-size: 0.85em;
      }
      h3 {
        margin: 0 0 0.25em;
        font-size: 1.05em;
      }
      .hint {
        font-size: 0.85em;
        color: var(--_muted);
      }
      details {
        margin-top: var(--_space);
      }
      .hatch-bg {
        fill: var(--_hatch-bg);
      }
      .hatch-line {
        stroke: var(--_hatch-line);
      }
      summary {
        cursor: pointer;
      }
      /* on a narrow screen the table scrolls sideways in its .table-wrap, a class on one line */
      td.class {
        white-space: nowrap;
      }
    `,
  ];

  /** Indicator id, e.g. `ict-ingeschrevenen-hbo`. */
  @property() accessor indicator = 'ict-ingeschrevenen-hbo';
  /** Year; default the newest year with data. */
  @property({ type: Number }) accessor year: number | undefined = undefined;
  /** `provincie` (default) or `arbeidsmarktregio`. */
  @property() accessor level: 'provincie' | 'arbeidsmarktregio' = 'provincie';
  /** Link template of a region, e.g. `/regio/{region}.html`: click and Enter follow it. */
  @property({ attribute: 'href-template' }) accessor hrefTemplate: string | null = null;

  @state() private accessor tip: { id: string; x: number; y: number } | undefined;

  protected readonly locale = new LocaleController(this, messages);
  protected readonly data = new DataController(this, 'profiles', {
    required: ['regions'],
    boundaries: { load: loadBoundaries, required: true },
    count: async () => {
      await this.updateComplete;
      return this.features().length;
    },
  });

  private get boundaries(): Boundaries | undefined {
    return this.data.boundaries;
  }

  private features(): RegionFeature[] {
    return this.boundaries ? (this.level === 'arbeidsmarktregio' ? this.boundaries.amrs : this.boundaries.provinces).features : [];
  }

  private href(id: string): string | undefined {
    return templateHref(this.hrefTemplate, { region: id, id });
  }

  private select(id: string): void {
    emit(this, 'hca-select', { kind: 'region', id });
  }

  private showTip(id: string, target: Element, event?: MouseEvent): void {
    const box = this.renderRoot.querySelector('.map')!.getBoundingClientRect();
    if (event) {
      this.tip = { id, x: event.clientX - box.left, y: event.clientY - box.top };
    } else {
      const r = target.getBoundingClientRect();
      this.tip = { id, x: r.left + r.width / 2 - box.left, y: r.top + r.height / 2 - box.top };
    }
  }

  protected updated(): void {
    this.placeTip();
  }

  /** The tooltip above the point it belongs to, or below it near the top edge; always inside the map. */
  private placeTip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const map = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!tip || !map || !this.tip) return;
    const gap = 12;
    const { x, y } = this.tip;
    const [w, h] = [tip.offsetWidth, tip.offsetHeight];
    const left = Math.max(0, Math.min(x - w / 2, map.clientWidth - w));
    const top = y - gap - h >= 0 ? y - gap - h : Math.max(0, Math.min(y + gap, map.clientHeight - h));
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }

  private hideTip = () => {
    this.tip = undefined;
  };

  render() {
    const d = this.data.data;
    const { t, format, lang } = this.locale;
    if (!d || !this.boundaries) return this.renderStatus();
    const def = d.profiles.indicators?.find((x) => x.id === this.indicator);
    if (!def) return html`<p class="status error" role="alert" part="status">${t.unknownIndicator(this.indicator)}</p>`;
    const year = this.year ?? pointAt(profileOf(d.profiles, NETHERLANDS_ID), def.id)?.year;
    const values = this.features().map((f) => pointAt(profileOf(d.profiles, String(f.id)), def.id, year)?.value);
    const scale = quantileScale(values.filter((v): v is number => v !== undefined));
    const rows: Row[] = this.features()
      .map((f, i) => ({ f, id: String(f.id), name: f.properties.name, value: values[i], cls: values[i] === undefined ? -1 : scale.classOf(values[i]!) }))
      .sort((a, b) => a.name.localeCompare(b.name, lang));
    const { frame, paths } = regionPaths(this.boundaries);
    const pathOf = (id: string) => paths.get(`${this.level}:${id}`)!;
    const fmt = (v: number | undefined) => formatValue(v, def, format, t.noData);
    const labels = classLabels(scale, (v) => fmt(v), t);
    const title = labelIn(def.label, lang);
    const missing = rows.filter((r) => r.cls < 0).length;
    const tipRow = this.tip && rows.find((r) => r.id === this.tip!.id);
    const regionShape = (r: Row) => {
      const name = `${r.name}: ${fmt(r.value)}`;
      const fill = r.cls < 0 ? 'url(#hatch)' : scale.colors[r.cls];
      const cls = `region ${this.tip?.id === r.id ? 'active' : ''}`;
      const href = this.href(r.id);
      const events = {
        enter: (e: MouseEvent) => this.showTip(r.id, e.currentTarget as Element, e),
        focus: (e: FocusEvent) => this.showTip(r.id, e.currentTarget as Element),
      };
      return href
        ? svg`<a href=${href} aria-label=${name} data-region=${r.id}
            @click=${() => this.select(r.id)} @focus=${events.focus} @blur=${this.hideTip}
            @mousemove=${events.enter} @mouseleave=${this.hideTip}>
            <path class=${cls} d=${pathOf(r.id)} fill=${fill}></path></a>`
        : svg`<path class=${cls} d=${pathOf(r.id)} fill=${fill} data-region=${r.id}
            tabindex="0" role="button" aria-label=${name}
            @click=${() => this.select(r.id)}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                this.select(r.id);
              }
            }}
            @focus=${events.focus} @blur=${this.hideTip} @mousemove=${events.enter} @mouseleave=${this.hideTip}></path>`;
    };
    return html`
      ${this.renderStatus()}
      <div class="wrap" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.hideTip()}>
        <div class="map" part="map">
          <svg viewBox=${frame.viewBox} role="group" aria-label=${t.map(title, year ?? '')}>
            <defs>
              <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="8" height="8" class="hatch-bg"></rect>
                <line x1="0" y1="0" x2="0" y2="8" class="hatch-line" stroke-width="2.5"></line>
              </pattern>
            </defs>
            <path class="outline" d=${paths.get('outline')!}></path>
            ${rows.map(regionShape)}
          </svg>
          ${
            tipRow
              ? html`<div class="tooltip" part="tooltip" aria-hidden="true">
                  <strong>${tipRow.name}</strong>${fmt(tipRow.value)}${tipRow.cls >= 0 ? html` · ${t.classN(tipRow.cls + 1, scale.limits.length)}` : nothing}
                </div>`
              : nothing
          }
        </div>
        <div class="legend" part="legend">
          <h3>${title} (${year})</h3>
          <ul>
            ${labels.map(
              (label, i) =>
                html`<li data-class=${i}>
                  <span class="swatch" ${cssProps({ background: scale.colors[i] })}></span>
                  <span>${label} <span class="count">(${t.regions(rows.filter((r) => r.cls === i).length)})</span></span>
                </li>`,
            )}
            ${
              missing
                ? html`<li data-class="none">
                    <svg class="swatch" viewBox="0 0 16 11" aria-hidden="true"><rect width="16" height="11" fill="url(#hatch)"></rect></svg>
                    <span>${t.noData} <span class="count">(${t.regions(missing)})</span></span>
                  </li>`
                : nothing
            }
          </ul>
          <p class="hint">${this.hrefTemplate ? t.hintLink : t.hint}</p>
          <p class="source">${t.source}: ${externalLink(def.source.url, sourceLabel(def.source))}</p>
          <p class="source data-date">${this.dataDate}</p>
        </div>
      </div>
      <details part="table">
        <summary>${t.table}</summary>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="caption">
          <table>
            <caption class="visually-hidden" id="caption">
              ${title} (${year})
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.region}</th>
                <th scope="col">${title}</th>
                <th scope="col">${t.class}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map((r) => {
                const href = this.href(r.id);
                return html`<tr data-region=${r.id}>
                  <th scope="row">${href ? html`<a href=${href} @click=${() => this.select(r.id)}>${r.name}</a>` : r.name}</th>
                  <td class="num">${fmt(r.value)}</td>
                  <td class="class">${r.cls >= 0 ? labels[r.cls] : t.noData}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
      </details>
    `;
  }
}
