/**
 * Readable region ids (`utrecht`, `fryslan`, `midden-utrecht`) from CBS names. Four
 * arbeidsmarktregio's share their name with a province; they get `-amr` appended.
 * Used by the geo and data build scripts; the ids are data from then on.
 */
import { foldText } from '../i18n/fold.js';

export const NETHERLANDS_ID = 'nl';

export function slugify(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function regionId(level: 'land' | 'provincie' | 'arbeidsmarktregio', name: string, provinceIds: ReadonlySet<string>): string {
  if (level === 'land') return NETHERLANDS_ID;
  const slug = slugify(name);
  return level === 'arbeidsmarktregio' && provinceIds.has(slug) ? `${slug}-amr` : slug;
}
