import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController } from '../../src/data/data-controller.js';
import { termOf } from '../../src/data/figures.js';
import type { Model } from '../../src/data/schema.js';
import { emit } from '../../src/events.js';
import { LocaleController } from '../../src/i18n/locale.js';
import { boxStyles } from '../../src/ui/box.js';
import { KitElement } from '../../src/ui/kit-element.js';
import { externalLink, templateHref } from '../../src/ui/links.js';
import { messages } from './messages.js';

/**
 * The seven working models behind successful ICT initiatives: what each is, its building
 * blocks, target groups, results and the conditions for copying it, with its example
 * initiatives one click away on the netwerkkaart. Content still in `concept` status
 * carries a visible label.
 *
 * Lives in the box the page gives it: fills a height the page sets and scrolls inside,
 * grows to its content without one, and uses a phone layout below 600 px of its own width.
 *
 * @summary The working models of HCA ICT, linked to their initiatives.
 * @customElement hca-werkende-modellen
 *
 * @fires hca-ready - First render with data. Detail: `{ count }`, the number of models shown.
 * @fires hca-select - A model was opened. Detail: `{ kind: 'model', id }`.
 * @fires hca-data-error - Data could not be loaded or records were skipped. Detail: `{ problems, messages, fatal }`.
 *
 * @csspart list - The list of models.
 * @csspart item - One model.
 * @csspart detail - The opened description of a model.
 * @csspart status - Loading and error messages.
 *
 * @cssprop [--hca-modellen-columns=1] - Number of columns of the list.
 * @cssprop [--hca-color-accent=#0b5cad] - Accent colour (links, focus of items).
 */
export class HcaWerkendeModellen extends KitElement {
  static styles = [
    KitElement.styles,
    boxStyles,
    css`
      :host {
        --_columns: var(--hca-modellen-columns, 1);
      }
      h2 {
        margin: 0 0 0.25rem;
        font-size: 1.3em;
      }
      ul.models {
        list-style: none;
        margin: var(--_space) 0 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(var(--_columns), minmax(0, 1fr));
        gap: var(--_space);
      }
      li.model {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      li.model[aria-current='true'] {
        border-color: var(--_accent);
        box-shadow: 0 0 0 1px var(--_accent);
      }
      /* the disclosure triangle drawn inside the item, left of the name */
      details > summary {
        cursor: pointer;
        position: relative;
        padding: var(--_space) var(--_space) var(--_space) calc(var(--_space) + 1.25em);
        list-style: none;
      }
      details > summary::-webkit-details-marker {
        display: none;
      }
      details > summary::before {
        content: '';
        position: absolute;
        left: var(--_space);
        top: calc(var(--_space) + 0.45em);
        border-style: solid;
        border-width: 0.35em 0 0.35em 0.55em;
        border-color: transparent transparent transparent currentColor;
        transition: transform 0.15s;
      }
      details[open] > summary::before {
        transform: rotate(90deg);
      }
      @media (prefers-reduced-motion: reduce) {
        details > summary::before {
          transition: none;
        }
      }
      summary h3 {
        display: inline;
        font-size: 1.05em;
        margin: 0 0.5em 0 0;
      }
      summary p {
        margin: 0.35em 0 0;
        color: var(--_muted);
      }
      /* the description in line with the name above it */
      .detail {
        padding: 0 var(--_space) var(--_space) calc(var(--_space) + 1.25em);
      }
      .detail h4 {
        margin: 1em 0 0.25em;
        font-size: 0.95em;
      }
      .detail ul {
        margin: 0;
        padding-left: 1.2em;
      }
      .meta {
        color: var(--_muted);
      }
      .note {
        margin: 0.5em 0 0;
        font-style: italic;
        color: var(--_concept);
      }
      /* phone (the element's own width, see src/ui/box.ts): one column, more room between and inside the items */
      @container (max-width: 600px) {
        ul.models {
          grid-template-columns: minmax(0, 1fr);
          gap: calc(var(--_space) * 1.25);
        }
        details > summary {
          padding-block: calc(var(--_space) * 1.25);
        }
        .detail {
          padding-bottom: calc(var(--_space) * 1.5);
        }
        .detail li {
          margin-bottom: 0.35em;
        }
      }
    `,
  ];

  /** Id of the model to open. */
  @property() accessor model: string | null = null;
  /** Link to an initiative or a model on the netwerkkaart, e.g. `/netwerkkaart?model={model}` or `...&initiatief={id}`. */
  @property({ attribute: 'map-href' }) accessor mapHref: string | null = null;

  @state() private accessor open = new Set<string>();

  protected readonly locale = new LocaleController(this, messages);
  protected readonly data = new DataController(this, 'models', { optional: ['initiatives', 'taxonomy'] });

  protected willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('model') && this.model) this.open = new Set([this.model]);
  }

  private toggle(model: Model, event: Event) {
    const isOpen = (event.target as HTMLDetailsElement).open;
    const next = new Set(this.open);
    if (isOpen) {
      next.add(model.id);
      if (!this.open.has(model.id)) emit(this, 'hca-select', { kind: 'model', id: model.id });
    } else next.delete(model.id);
    this.open = next;
  }

  private renderModel(m: Model) {
    const t = this.locale.t;
    const initiatives = this.data.data?.initiatives?.records;
    const example = (id: string) => initiatives?.find((i) => i.id === id);
    const mapLink = (values: Record<string, string>, label: string) => {
      const href = templateHref(this.mapHref, values);
      return href ? html`<a href=${href}>${label}</a>` : html`<span>${label}</span>`;
    };
    return html`<li class="model" part="item" aria-current=${this.model === m.id ? 'true' : 'false'}>
      <details ?open=${this.open.has(m.id)} @toggle=${(e: Event) => this.toggle(m, e)}>
        <summary>
          <h3>${m.name}</h3>
          ${m.status === 'concept' ? html`<span class="concept">${t.concept}</span>` : nothing}
          <p>${m.summary}</p>
        </summary>
        <div class="detail" part="detail">
          ${m.status === 'concept' ? html`<p class="note">${t.conceptNote}</p>` : nothing}
          <h4>${t.problem}</h4>
          <p>${m.problem}</p>
          ${
            m.targetGroups.length
              ? html`<h4>${t.targetGroups}</h4>
                  <p>${m.targetGroups.map((g) => termOf(this.data.data?.taxonomy, 'targetGroup', g, this.locale.lang).label).join(', ')}</p>`
              : nothing
          }
          <h4>${t.buildingBlocks}</h4>
          <ul>
            ${m.buildingBlocks.map((b) => html`<li>${b}</li>`)}
          </ul>
          ${
            m.partners.length
              ? html`<h4>${t.partners}</h4>
                  <ul>
                    ${m.partners.map((p) => html`<li><strong>${p.who}</strong>: ${p.role}</li>`)}
                  </ul>`
              : nothing
          }
          ${
            m.financing
              ? html`<h4>${t.financing}</h4>
                  <p>${m.financing}</p>`
              : nothing
          }
          ${
            m.results.length
              ? html`<h4>${t.results}</h4>
                  <ul>
                    ${m.results.map((r) => html`<li>${r.text} <span class="source">(${t.source}: ${externalLink(r.source.url, r.source.title)})</span></li>`)}
                  </ul>`
              : nothing
          }
          <h4>${t.conditions}</h4>
          <ul>
            ${m.conditions.map((c) => html`<li>${c}</li>`)}
          </ul>
          <h4>${t.examples}</h4>
          <ul>
            ${m.examples.map((id) => {
              const initiative = example(id);
              return html`<li>
                ${mapLink({ id, model: m.id }, initiative?.name ?? id)}${initiative ? html`<span class="meta"> · ${initiative.place.name}</span>` : nothing}
              </li>`;
            })}
          </ul>
          ${this.mapHref ? html`<p>${mapLink({ model: m.id, id: '' }, t.onMap)}</p>` : nothing}
        </div>
      </details>
    </li>`;
  }

  render() {
    const models = this.data.data?.models.records ?? [];
    return html`
      <h2>${this.locale.t.title}</h2>
      ${this.renderStatus()}
      ${
        models.length
          ? html`<p>${this.locale.t.intro(models.length)}</p>
              <ul class="models" part="list">
                ${models.map((m) => this.renderModel(m))}
              </ul>
              <p class="meta data-date">${this.dataDate}</p>`
          : nothing
      }
    `;
  }
}
