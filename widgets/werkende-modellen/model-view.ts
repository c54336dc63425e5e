/**
 * What the werkende modellen show of each model beyond its own text, all taken from the
 * data: the initiatives that apply it, their education levels and goals (pillars), the
 * regions where they are; and the guided choice, which ranks the models by how many of
 * the visitor's answers their data matches. Pure functions: tests need no element.
 */
import type { Loaded } from '../../src/data/data-controller.js';
import { countByRegion, initiativesOf } from '../../src/data/models.js';
import type { Initiative, Model, Region } from '../../src/data/schema.js';

export type ModelsData = Loaded<'models', 'initiatives' | 'taxonomy' | 'regions'>;

export interface RegionCount {
  region: Region;
  count: number;
}

export interface ModelFacts {
  model: Model;
  initiatives: Initiative[];
  /** Education levels of its initiatives, in the taxonomy's order. */
  levels: string[];
  /** Goals (HCA ICT pillars) of its initiatives, in the taxonomy's order. */
  goals: string[];
  /** Provinces and arbeidsmarktregio's with at least one of its initiatives, most first. */
  provinces: RegionCount[];
  amrs: RegionCount[];
}

/** The guided choice: one answer per question, or none. */
export interface Criteria {
  targetGroup?: string;
  level?: string;
  region?: string;
  goal?: string;
}
export type Criterion = keyof Criteria;
export const CRITERIA: readonly Criterion[] = ['targetGroup', 'level', 'region', 'goal'];

/** A model in the guided choice: which answers its data matches and which it does not. */
export interface Ranked {
  facts: ModelFacts;
  matched: Criterion[];
  missed: Criterion[];
}

const ordered = (ids: Set<string>, order: string[]) => [...ids].sort((a, b) => rank(order, a) - rank(order, b));
const rank = (order: string[], id: string) => (order.includes(id) ? order.indexOf(id) : order.length);

export function modelFacts(d: ModelsData): ModelFacts[] {
  const initiatives = d.initiatives?.records ?? [];
  const terms = (facet: string) => (d.taxonomy?.records ?? []).filter((t) => t.facet === facet).map((t) => t.id);
  const regions = d.regions?.records ?? [];
  return d.models.records.map((model) => {
    const own = initiativesOf(model, initiatives);
    const counts = countByRegion(own);
    const applied = (level: Region['level']) =>
      regions
        .filter((r) => r.level === level && counts.has(r.id))
        .map((region) => ({ region, count: counts.get(region.id)! }))
        .sort((a, b) => b.count - a.count || a.region.name.localeCompare(b.region.name, 'nl'));
    return {
      model,
      initiatives: own,
      levels: ordered(new Set(own.flatMap((i) => i.levels)), terms('level')),
      goals: ordered(new Set(own.flatMap((i) => i.pillars)), terms('pillar')),
      provinces: applied('provincie'),
      amrs: applied('arbeidsmarktregio'),
    };
  });
}

/** Whether a model's data matches one answer. */
function matches(f: ModelFacts, criterion: Criterion, value: string): boolean {
  switch (criterion) {
    case 'targetGroup':
      return f.model.targetGroups.includes(value);
    case 'level':
      return f.levels.includes(value);
    case 'region':
      return f.initiatives.some((i) => i.regions.includes(value));
    case 'goal':
      return f.goals.includes(value);
  }
}

/** The models, most answers matched first; ties (and no answers at all) keep the data's order. */
export function rankModels(facts: ModelFacts[], criteria: Criteria): Ranked[] {
  const asked = CRITERIA.filter((c) => criteria[c]);
  return facts
    .map((f) => {
      const matched = asked.filter((c) => matches(f, c, criteria[c]!));
      return { facts: f, matched, missed: asked.filter((c) => !matched.includes(c)) };
    })
    .sort((a, b) => b.matched.length - a.matched.length);
}
