/**
 * Types for frameworks, brought in by every entry of the package (`@hcaict/widgets`,
 * `@hcaict/widgets/netwerkkaart`, ...): the four tags as React JSX intrinsic elements
 * (React 19: attributes, and `onhca-select={(e) => e.detail.id}` style listeners) and
 * as Vue global components (props and `@hca-select` listeners in templates).
 *
 * Neither React nor Vue is a dependency of the kit. Inside `declare module 'react'` and
 * `declare module 'vue'` TypeScript resolves `HTMLAttributes`, `DetailedHTMLProps` and
 * `DefineComponent` to the framework's own types when it is installed; the stand-ins at
 * the end of this file are found only when it is not, so an app with one framework (or
 * none) compiles cleanly, also with `skipLibCheck: false`.
 */
import type { HcaEvent, HcaEventDetails } from '../src/events.js';
import type { Renderer } from '../src/map/map-view.js';
import type { Theme } from '../src/ui/kit-element.js';
import type { HcaNetwerkkaart } from './netwerkkaart/netwerkkaart.js';
import type { HcaRegiokaart } from './regiokaart/regiokaart.js';
import type { HcaRegioprofiel } from './regioprofiel/regioprofiel.js';
import type { HcaWerkendeModellen } from './werkende-modellen/werkende-modellen.js';

/** Attributes every element takes. */
export interface HcaCommonAttributes {
  /** URL of the element's main dataset; its companions are read from the same folder. */
  src?: string;
  /** A dated data release to show, `2026-11-30` (listed in the kit's `data/releases.json`); `src` wins. */
  'data-version'?: string;
  /** `nl` or `en`; without it the nearest `lang` of the page applies. */
  lang?: string;
  theme?: Theme;
}

export interface HcaNetwerkkaartAttributes extends HcaCommonAttributes {
  region?: string;
  model?: string;
  query?: string;
  renderer?: Renderer;
  /** A raster tile URL template, `https://…/{z}/{x}/{y}.png`. */
  tiles?: string;
  'tiles-attribution'?: string;
  /** Space-separated, from `search filters list legend fullscreen download`. */
  controls?: string;
  /** Link template to a working model's page: `{model}`. */
  'model-href'?: string;
  /** Link template to a region's profile: `{region}`. */
  'profile-href'?: string;
  'sync-url'?: boolean;
}

export interface HcaRegioprofielAttributes extends HcaCommonAttributes {
  region?: string;
  compare?: string;
  year?: number;
  'map-href'?: string;
  /** Link template to a working model's page: `{model}`, `{region}`. */
  'model-href'?: string;
  'sync-url'?: boolean;
}

export interface HcaRegiokaartAttributes extends HcaCommonAttributes {
  indicator?: string;
  year?: number;
  level?: 'provincie' | 'arbeidsmarktregio';
  'href-template'?: string;
}

export interface HcaWerkendeModellenAttributes extends HcaCommonAttributes {
  model?: string;
  /** A second model, shown side by side with `model`. */
  compare?: string;
  /** Link template to the netwerkkaart: `{model}`, `{id}`. */
  'map-href'?: string;
  /** Link template to a region's profile: `{region}`. */
  'profile-href'?: string;
  'sync-url'?: boolean;
}

/** The events each tag fires. */
export interface HcaElementEvents {
  'hca-netwerkkaart': 'hca-ready' | 'hca-select' | 'hca-filter-change' | 'hca-data-error';
  'hca-regioprofiel': 'hca-ready' | 'hca-region-change' | 'hca-data-error';
  'hca-regiokaart': 'hca-ready' | 'hca-select' | 'hca-data-error';
  'hca-werkende-modellen': 'hca-ready' | 'hca-select' | 'hca-data-error';
}

/** React 19 adds a listener for `on<event name>` on a custom element: `onhca-select`. */
export type HcaReactEvents<E extends keyof HcaEventDetails> = { [K in E as `on${K}`]?: (event: HcaEvent<K>) => void };

type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Camel<Capitalize<B>>}` : S;
/** Vue compiles `@hca-select` to the prop `onHcaSelect`. */
export type HcaVueEvents<E extends keyof HcaEventDetails> = { [K in E as `on${Capitalize<Camel<K>>}`]?: (event: HcaEvent<K>) => void };

// @ts-expect-error -- the kit does not install React; in an app that has it this augments React's JSX
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'hca-netwerkkaart': DetailedHTMLProps<HTMLAttributes<HcaNetwerkkaart>, HcaNetwerkkaart> &
        HcaNetwerkkaartAttributes &
        HcaReactEvents<HcaElementEvents['hca-netwerkkaart']>;
      'hca-regioprofiel': DetailedHTMLProps<HTMLAttributes<HcaRegioprofiel>, HcaRegioprofiel> &
        HcaRegioprofielAttributes &
        HcaReactEvents<HcaElementEvents['hca-regioprofiel']>;
      'hca-regiokaart': DetailedHTMLProps<HTMLAttributes<HcaRegiokaart>, HcaRegiokaart> &
        HcaRegiokaartAttributes &
        HcaReactEvents<HcaElementEvents['hca-regiokaart']>;
      'hca-werkende-modellen': DetailedHTMLProps<HTMLAttributes<HcaWerkendeModellen>, HcaWerkendeModellen> &
        HcaWerkendeModellenAttributes &
        HcaReactEvents<HcaElementEvents['hca-werkende-modellen']>;
    }
  }
}

// @ts-expect-error -- the kit does not install Vue; in an app that has it this augments Vue's components
declare module 'vue' {
  interface GlobalComponents {
    'hca-netwerkkaart': DefineComponent<HcaNetwerkkaartAttributes & HcaVueEvents<HcaElementEvents['hca-netwerkkaart']>>;
    'hca-regioprofiel': DefineComponent<HcaRegioprofielAttributes & HcaVueEvents<HcaElementEvents['hca-regioprofiel']>>;
    'hca-regiokaart': DefineComponent<HcaRegiokaartAttributes & HcaVueEvents<HcaElementEvents['hca-regiokaart']>>;
    'hca-werkende-modellen': DefineComponent<HcaWerkendeModellenAttributes & HcaVueEvents<HcaElementEvents['hca-werkende-modellen']>>;
  }
}

// Stand-ins, used only where React or Vue is not installed (see the top of this file).
interface HTMLAttributes<T> {
  readonly __element?: T;
}
type DetailedHTMLProps<A, T> = A & { readonly __ref?: T };
type DefineComponent<P> = new () => { $props: P };
