/**
 * Which initiatives apply which working model: an initiative names its models, and a
 * model may list example initiatives; both count, each initiative once. The werkende
 * modellen and the regioprofiel ("models in this region") read it alike.
 */
import type { Initiative, Model } from './schema.js';

/** The initiatives that apply `model`, in the order of `initiatives`. */
export function initiativesOf(model: Model, initiatives: readonly Initiative[]): Initiative[] {
  const examples = new Set(model.examples);
  return initiatives.filter((i) => i.models.includes(model.id) || examples.has(i.id));
}

/** Number of initiatives per region id (province and arbeidsmarktregio alike) among `initiatives`. */
export function countByRegion(initiatives: readonly Initiative[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of initiatives) for (const r of new Set(i.regions)) counts.set(r, (counts.get(r) ?? 0) + 1);
  return counts;
}

/** The models that `initiatives` (e.g. those of one region) apply, each with its initiatives among them; most first, ties in the models' order. */
export function modelsApplied(models: readonly Model[], initiatives: readonly Initiative[]): { model: Model; initiatives: Initiative[] }[] {
  return models
    .map((model) => ({ model, initiatives: initiativesOf(model, initiatives) }))
    .filter((m) => m.initiatives.length)
    .sort((a, b) => b.initiatives.length - a.initiatives.length);
}
