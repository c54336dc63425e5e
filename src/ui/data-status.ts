/**
 * What an element shows while its data loads, when a part of it cannot load (with a
 * button that loads that part again), and when some records were skipped: words a
 * visitor understands, details for the data team.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DataController, LoadPart } from '../data/data-controller.js';
import { problemText } from '../data/problem-text.js';
import type { DatasetName } from '../data/schema.js';
import type { DataProblem } from '../data/validate.js';
import { formatFor, type Lang } from '../i18n/locale.js';

const text = {
  nl: {
    loading: 'Gegevens laden…',
    failed: 'De gegevens konden niet worden getoond.',
    partly: 'De rest wordt wel getoond.',
    hint: 'Probeer het opnieuw. Blijft dit gebeuren, meld het dan aan de beheerder van deze pagina.',
    retry: 'Opnieuw proberen',
    retrying: 'Bezig met laden…',
    parts: {
      initiatives: 'De initiatieven konden niet worden geladen.',
      regions: 'De regio’s konden niet worden geladen.',
      profiles: 'De cijfers per regio konden niet worden geladen.',
      models: 'De werkende modellen konden niet worden geladen.',
      taxonomy: 'De namen van types, doelgroepen, niveaus en thema’s konden niet worden geladen.',
      locations: 'De locaties van ICT-opleidingen konden niet worden geladen.',
      boundaries: 'De grenzen van de regio’s konden niet worden geladen.',
      map: 'De kaart kon niet worden geladen.',
      charts: 'De grafieken konden niet worden geladen; de tabellen eronder tonen dezelfde cijfers.',
    } satisfies Record<LoadPart, string>,
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
    partly: 'Everything else is shown.',
    hint: 'Please try again. If this keeps happening, tell whoever runs this page.',
    retry: 'Try again',
    retrying: 'Loading…',
    parts: {
      initiatives: 'The initiatives could not be loaded.',
      regions: 'The regions could not be loaded.',
      profiles: 'The figures per region could not be loaded.',
      models: 'The working models could not be loaded.',
      taxonomy: 'The names of types, target groups, levels and themes could not be loaded.',
      locations: 'The locations of ICT programmes could not be loaded.',
      boundaries: 'The region boundaries could not be loaded.',
      map: 'The map could not be loaded.',
      charts: 'The charts could not be loaded; the tables below them show the same figures.',
    } satisfies Record<LoadPart, string>,
    skipped: (n: number) =>
      n === 1 ? '1 part of the data is not shown because it contains errors.' : `${n} parts of the data are not shown because they contain errors.`,
    details: 'Details for the administrator',
    dataDate: (date: string) => `Data of ${date}`,
  },
};

type StatusSource = Pick<DataController<DatasetName>, 'status' | 'problems' | 'failures' | 'retrying'>;

export function renderDataStatus(data: StatusSource, lang: Lang, retry: () => void): TemplateResult | typeof nothing {
  const t = text[lang];
  const list = (problems: readonly DataProblem[]) =>
    html`<details>
      <summary>${t.details}</summary>
      <ul>
        ${problems.slice(0, 50).map((p) => html`<li>${problemText(p, lang)}</li>`)}
      </ul>
    </details>`;
  const failures = data.failures;
  if (data.status === 'loading' && !(data.retrying && failures.length)) return html`<p class="status" role="status" part="status">${t.loading}</p>`;
  const skipped = new Set(data.problems.filter((p) => p.severity === 'error' && p.index !== undefined).map((p) => `${p.file}#${p.index}`)).size;
  const skippedNote = skipped ? html`<p>${t.skipped(skipped)}</p>` : nothing;
  if (failures.length) {
    const fatal = failures.some((f) => f.required);
    const parts = [...new Set(failures.map((f) => f.part))];
    // aria-disabled, not disabled: the button keeps focus while it loads, and is the same button if it fails again
    return html`<div class="status ${fatal ? 'error' : 'warning'}" role=${fatal ? 'alert' : 'status'} part="status">
      <p>${fatal ? html`<strong>${t.failed}</strong> ` : nothing}${parts.map((p) => t.parts[p]).join(' ')}${fatal ? nothing : ` ${t.partly}`}</p>
      ${skippedNote}
      <p>${t.hint}</p>
      <button type="button" class="retry" aria-disabled=${data.retrying ? 'true' : 'false'} @click=${() => data.retrying || retry()}>
        ${data.retrying ? t.retrying : t.retry}
      </button>
      ${list([...failures.map((f) => f.problem), ...data.problems.filter((p) => p.severity === 'error' && !failures.some((f) => f.problem === p))])}
    </div>`;
  }
  if (!skipped) return nothing;
  return html`<div class="status" role="status" part="status">${skippedNote} ${list(data.problems.filter((p) => p.severity === 'error'))}</div>`;
}

/** `Gegevens van 30 november 2026` / `Data of 30 November 2026`: the date of the data shown (its envelope's `updated`). */
export const dataDateText = (updated: string, lang: Lang): string => text[lang].dataDate(formatFor(lang).isoDate(updated));
