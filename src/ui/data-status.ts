/**
 * What an element shows while its data loads, when it cannot load, and when some
 * records were skipped: words a visitor understands, details for the data team.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DataController } from '../data/data-controller.js';
import { describeProblem } from '../data/messages.js';
import type { DatasetName } from '../data/schema.js';
import { formatFor, type Lang } from '../i18n/locale.js';

const text = {
  nl: {
    loading: 'Gegevens laden…',
    failed: 'De gegevens konden niet worden getoond.',
    retry: 'Probeer het later opnieuw. Blijft dit gebeuren, meld het dan aan de beheerder van deze pagina.',
    skipped: (n: number) =>
      n === 1
        ? '1 onderdeel van de gegevens is niet getoond omdat het fouten bevat.'
        : `${n} onderdelen van de gegevens zijn niet getoond omdat ze fouten bevatten.`,
    details: 'Details voor de beheerder',
    dataDate: (date: string) => `Gegevens van ${date}`,
  },
  en: {
    loading: 'Loading data…',
    failed: 'The data could not be shown.',
    retry: 'Please try again later. If this keeps happening, tell whoever runs this page.',
    skipped: (n: number) =>
      n === 1 ? '1 part of the data is not shown because it contains errors.' : `${n} parts of the data are not shown because they contain errors.`,
    details: 'Details for the administrator',
    dataDate: (date: string) => `Data of ${date}`,
  },
};

export function renderDataStatus(data: Pick<DataController<DatasetName>, 'status' | 'problems'>, lang: Lang): TemplateResult | typeof nothing {
  const t = text[lang];
  const list = (problems = data.problems) =>
    html`<details>
      <summary>${t.details}</summary>
      <ul>
        ${problems.slice(0, 50).map((p) => html`<li>${describeProblem(p, lang)}</li>`)}
      </ul>
    </details>`;
  if (data.status === 'loading') return html`<p class="status" role="status" part="status">${t.loading}</p>`;
  if (data.status === 'error') {
    const first = data.problems.find((p) => p.severity === 'error');
    return html`<div class="status error" role="alert" part="status">
      <p><strong>${t.failed}</strong> ${first ? describeProblem(first, lang) : ''}</p>
      <p>${t.retry}</p>
      ${list()}
    </div>`;
  }
  const skipped = new Set(data.problems.filter((p) => p.severity === 'error' && p.index !== undefined).map((p) => `${p.file}#${p.index}`)).size;
  if (!skipped) return nothing;
  return html`<div class="status" role="status" part="status">
    <p>${t.skipped(skipped)}</p>
    ${list(data.problems.filter((p) => p.severity === 'error'))}
  </div>`;
}

/** `Gegevens van 30 november 2026` / `Data of 30 November 2026`: the date of the data shown (its envelope's `updated`). */
export const dataDateText = (updated: string, lang: Lang): string => text[lang].dataDate(formatFor(lang).isoDate(updated));
