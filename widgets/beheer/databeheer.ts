/**
 * `<hca-databeheer>`: the data desk (`dist/beheer/`), where the HCA ICT team checks a
 * spreadsheet of initiatives or dataset files in the browser with the CLI's own checks,
 * sees the problems by row and column, the difference with the published data and a
 * preview in the real elements, and downloads the files to publish. Not one of the kit's
 * public elements: only the desk page uses it. Nothing leaves the browser.
 */
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { loadDataset } from '../../src/data/load.js';
import { describeProblem, isSpreadsheet, problemMessage, sheetRow } from '../../src/data/messages.js';
import { DATASET_NAMES, type DatasetName } from '../../src/data/schema.js';
import { type DataProblem } from '../../src/data/validate.js';
import { type DeskContext, type DeskInput, type DeskResult, checkInputs, datasetText, publishZip } from '../../src/desk/check-inputs.js';
import { loadXlsxReader, xlsxRows } from '../../src/desk/xlsx.js';
import type { Gemeente } from '../../src/geo/gemeenten.js';
import { insideOutline, type Area } from '../../src/geo/outline.js';
import { loadBoundaries } from '../../src/geo/boundaries.js';
import { LocaleController } from '../../src/i18n/locale.js';
import { kitUrl, replaceKitFile } from '../../src/kit-base.js';
import { tokens } from '../../src/theme/tokens.js';
import { saveBlob } from '../../src/ui/download.js';
import { messages } from './messages.js';

/** The datasets a preview element shows, in the order of the preview. */
const PREVIEWED: DatasetName[] = ['initiatives', 'models', 'profiles'];

/**
 * @summary The data desk: check, compare, preview and download the kit's data in the browser.
 */
export class HcaDatabeheer extends LitElement {
  static styles = [
    tokens,
    css`
      section {
        margin-block: 1.5rem;
      }
      h2 {
        font-size: 1.25rem;
        margin: 0 0 0.5rem;
      }
      h3 {
        font-size: 1.05rem;
        margin: 1rem 0 0.25rem;
      }
      .drop {
        border: 2px dashed var(--_border);
        border-radius: 0.5rem;
        padding: 1rem;
      }
      .drop.over {
        border-style: solid;
        border-color: var(--_accent);
        background: color-mix(in srgb, var(--_accent) 8%, transparent);
      }
      button {
        font: inherit;
        min-height: 44px;
        min-width: 44px;
        padding: 0.5rem 1rem;
        border-radius: var(--_radius);
        border: 1px solid var(--_accent);
        background: var(--_accent);
        color: var(--_accent-text);
        cursor: pointer;
      }
      .files {
        margin: 0;
        padding-left: 1.25rem;
      }
      .verdict {
        font-weight: 600;
      }
      .scroll {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-block: 0.25rem;
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 0.375rem 0.5rem;
        border-bottom: 1px solid var(--_border);
      }
      td.error {
        color: var(--_danger);
        font-weight: 600;
      }
      code,
      .id {
        overflow-wrap: anywhere;
      }
      .preview > * {
        display: block;
        margin-block: 0.5rem 1.5rem;
      }
      hca-netwerkkaart {
        height: 520px;
      }
      @media (max-width: 600px) {
        hca-netwerkkaart {
          height: 80vh;
        }
      }
    `,
  ];

  private readonly locale = new LocaleController(this, messages);
  @state() private accessor context: DeskContext | undefined;
  @state() private accessor loadProblems: DataProblem[] = [];
  @state() private accessor result: DeskResult | undefined;
  @state() private accessor busy = false;
  @state() private accessor over = false;
  /** Bumped per check: the preview elements are new ones, which read the new data. */
  @state() private accessor generation = 0;
  private previewUrls: string[] = [];

  connectedCallback(): void {
    super.connectedCallback();
    void this.loadContext();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearPreview();
  }

  /**
   * Everything the checks and the previews need, loaded when the page opens (the published
   * datasets, the outline, the gemeente table, the .xlsx reader): from then on the desk works
   * offline. The datasets go through the kit's own loader, whose per-page cache the preview
   * elements then read from.
   */
  private async loadContext(): Promise<void> {
    const gemeentenUrl = new URL('../geo/gemeenten.json', import.meta.url).href;
    const [results, boundaries, gemeenten] = await Promise.all([
      Promise.all(DATASET_NAMES.map((name) => loadDataset(name, kitUrl(`data/${name}.json`)))),
      loadBoundaries().catch(() => undefined),
      fetch(gemeentenUrl, { credentials: 'omit' })
        .then((r) => (r.ok ? (r.json() as Promise<{ gemeenten: Gemeente[] }>) : undefined))
        .catch(() => undefined),
    ]);
    const problems = results.flatMap((r) => (r.dataset ? [] : r.problems));
    if (!boundaries) problems.push({ file: 'geo/nederland.topo.json', path: '', code: 'file.network', severity: 'error' });
    if (!gemeenten) problems.push({ file: 'geo/gemeenten.json', path: '', code: 'file.network', severity: 'error' });
    if (problems.length || !boundaries || !gemeenten) {
      this.loadProblems = problems;
      return;
    }
    const published = new Map<DatasetName, Record<string, unknown>>();
    results.forEach((r, i) => published.set(DATASET_NAMES[i], r.dataset as unknown as Record<string, unknown>));
    this.context = {
      gemeenten: gemeenten.gemeenten,
      published,
      inside: insideOutline(boundaries.outline.features[0].geometry as Area),
      readXlsx: xlsxRows,
    };
    // The .xlsx reader is only needed for an .xlsx file, but must be here before the connection may go.
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
    idle(() => void loadXlsxReader().catch(() => undefined));
  }

  private pick(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')!.click();
  }

  private async onPicked(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    await this.check([...(input.files ?? [])]);
    input.value = ''; // the same file, fixed and chosen again, is checked again
  }

  private onDragOver(e: DragEvent): void {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    this.over = true;
  }

  private async onDrop(e: DragEvent): Promise<void> {
    e.preventDefault();
    this.over = false;
    await this.check([...(e.dataTransfer?.files ?? [])]);
  }

  /** Checks the files; resolves once the result is on screen. */
  async check(files: File[]): Promise<void> {
    if (!this.context || !files.length) return;
    this.busy = true;
    try {
      const inputs: DeskInput[] = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
      const result = await checkInputs(inputs, { ...this.context, today: new Date().toISOString().slice(0, 10) });
      this.showPreview(result);
      this.result = result;
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#result')?.focus();
  }

  private clearPreview(): void {
    for (const url of this.previewUrls) URL.revokeObjectURL(url);
    this.previewUrls = [];
    for (const name of DATASET_NAMES) replaceKitFile(`data/${name}.json`, null);
  }

  /** The checked datasets become the kit's data on this page (blob: URLs), read by new preview elements. */
  private showPreview(result: DeskResult): void {
    this.clearPreview();
    for (const [name, doc] of result.documents) {
      const url = URL.createObjectURL(new Blob([datasetText(doc)], { type: 'application/json' }));
      this.previewUrls.push(url);
      replaceKitFile(`data/${name}.json`, url);
    }
    this.generation++;
  }

  private download(): void {
    if (!this.result || this.result.errors) return;
    const zip = publishZip(this.result.documents);
    saveBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), `hcaict-gegevens-${new Date().toISOString().slice(0, 10)}.zip`);
  }

  render() {
    const t = this.locale.t;
    const other = t.otherLanguage;
    return html`<header>
        <h1>${t.title}</h1>
        <p>${t.intro}</p>
        <p><a href=${other.href} lang=${other.lang} hreflang=${other.lang}>${other.label}</a></p>
      </header>
      ${this.renderDesk()}`;
  }

  private renderDesk() {
    const t = this.locale.t;
    if (this.loadProblems.length) {
      return html`<div role="alert">
        <p>${t.loadFailed}</p>
        <ul>
          ${this.loadProblems.map((p) => html`<li>${describeProblem(p, this.locale.lang)}</li>`)}
        </ul>
      </div>`;
    }
    return html`
      <section
        class="drop ${this.over ? 'over' : ''}"
        aria-labelledby="choose"
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.over = false)}
        @drop=${this.onDrop}
      >
        <h2 id="choose">${t.chooseHeading}</h2>
        <p>${this.over ? t.dropHere : t.chooseText}</p>
        <button type="button" ?disabled=${!this.context || this.busy} @click=${this.pick}>${t.choose}</button>
        <input type="file" multiple accept=".csv,.xlsx,.json" hidden @change=${this.onPicked} />
        <p role="status">${!this.context ? t.loading : this.busy ? t.checking : nothing}</p>
      </section>
      ${this.result ? this.renderResult(this.result) : nothing}
    `;
  }

  private renderResult(r: DeskResult) {
    const t = this.locale.t;
    return html`
      <section id="result" tabindex="-1" aria-labelledby="result-heading">
        <h2 id="result-heading">${t.resultHeading}</h2>
        <ul class="files">
          ${r.files.map((f) => html`<li>${t.fileLine(f.file, f.valid, f.total, f.spreadsheet)}</li>`)}
        </ul>
        <p class="verdict">${t.totals(r.errors, r.warnings)} ${r.errors ? t.notReady : t.ready}</p>
      </section>
      <section aria-labelledby="problems-heading">
        <h2 id="problems-heading">${t.problemsHeading}</h2>
        ${r.problems.length ? this.renderProblems(r.problems) : html`<p>${t.noProblems}</p>`}
      </section>
      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">${t.publishHeading}</h2>
        ${
          r.errors
            ? html`<p>${t.noDownload}</p>`
            : html`<button type="button" class="download" @click=${this.download}>${t.download}</button>
                <p>${t.downloadNote([...r.documents.keys()].map((n) => `${n}.json`).join(', '))}</p>`
        }
      </section>
      <section aria-labelledby="diff-heading">
        <h2 id="diff-heading">${t.diffHeading}</h2>
        ${this.renderDiff(r)}
      </section>
      ${this.renderPreview(r)}
    `;
  }

  private renderProblems(problems: DataProblem[]) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    return html`<div class="scroll">
      <table class="problems">
        <caption>
          ${t.problemsCaption(problems.length)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.colFile}</th>
            <th scope="col">${t.colWhere}</th>
            <th scope="col">${t.colField}</th>
            <th scope="col">${t.colKind}</th>
            <th scope="col">${t.colMessage}</th>
          </tr>
        </thead>
        <tbody>
          ${problems.map((p) => {
            const sheet = isSpreadsheet(p.file);
            const where = p.index === undefined ? '' : sheet ? t.row(sheetRow(p.index)) : t.record(p.index + 1);
            return html`<tr>
              <td>${p.file}</td>
              <td class="where">${where}${p.id ? html` <span class="id">(${p.id})</span>` : nothing}</td>
              <td class="field"><code>${p.path}</code></td>
              <td class=${p.severity}>${p.severity === 'error' ? t.error : t.warning}</td>
              <td>${problemMessage(p, lang)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderDiff(r: DeskResult) {
    const t = this.locale.t;
    const changes = r.diff.filter((d) => d.added.length || d.removed.length || d.changed.length || d.other.length);
    if (!changes.length) return html`<p>${t.noDiff}</p>`;
    const list = (label: string, items: unknown[]) =>
      items.length
        ? html`<h4>${label}</h4>
            <ul>
              ${items}
            </ul>`
        : nothing;
    return changes.map(
      (d) =>
        html`<h3>${t.diffDataset(d.dataset, d.added.length, d.removed.length, d.changed.length)}</h3>
          ${list(
            t.added,
            d.added.map((id) => html`<li class="id">${id}</li>`),
          )}
          ${list(
            t.removed,
            d.removed.map((id) => html`<li class="id">${id}</li>`),
          )}
          ${list(
            t.changed,
            d.changed.map((c) => html`<li><span class="id">${c.id}</span> (${t.fields}: <code>${c.fields.join(', ')}</code>)</li>`),
          )}
          ${d.other.length ? html`<p>${t.other}: <code>${d.other.join(', ')}</code></p>` : nothing}`,
    );
  }

  private renderPreview(r: DeskResult) {
    const t = this.locale.t;
    if (!PREVIEWED.some((n) => r.documents.has(n))) return nothing;
    // the profile of the region of the first new or changed initiative, else the Netherlands
    const initiatives = (r.documents.get('initiatives')?.records ?? []) as { id: string; regions?: string[] }[];
    const diff = r.diff.find((d) => d.dataset === 'initiatives');
    const first = diff && [...diff.added, ...diff.changed.map((c) => c.id)][0];
    const region = initiatives.find((i) => i.id === first)?.regions?.[0];
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${t.previewHeading}</h2>
      <p>${t.previewText}</p>
      ${keyed(
        this.generation,
        // the models and the profile bring their own headings
        html`<h3>${t.previewMap}</h3>
          <hca-netwerkkaart></hca-netwerkkaart>
          <hca-werkende-modellen></hca-werkende-modellen>
          <hca-regioprofiel region=${region ?? nothing}></hca-regioprofiel>`,
      )}
    </section>`;
  }
}
