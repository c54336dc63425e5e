/**
 * Links built from data. Only http(s) URLs become links; anything else (a
 * `javascript:` or `data:` URL that slipped into a dataset) is shown as plain text.
 */
import { html, type TemplateResult } from 'lit';

export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function externalLink(url: string | undefined, label: string): TemplateResult {
  return isHttpUrl(url) ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${label}</a>` : html`<span>${label}</span>`;
}

/** Fills `{name}` placeholders of a link template with URL-encoded values. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(values[key] ?? ''));
}

/**
 * A link from a page author's template (`map-href`, `href-template`, ...) filled with
 * values from the data, or undefined when the result is not an http(s) URL.
 */
export function templateHref(template: string | null | undefined, values: Record<string, string>): string | undefined {
  if (!template) return undefined;
  const href = fillTemplate(template, values);
  return isHttpUrl(new URL(href, document.baseURI).href) ? href : undefined;
}
