/**
 * `styleMap` that a strict Content Security Policy allows. Lit's `styleMap` writes its
 * first render as a `style="…"` attribute, which `style-src` without 'unsafe-inline'
 * blocks (so the value is silently lost); this sets every property through CSSOM
 * (`style.setProperty`), which CSP does not govern. Names are CSS names (`background`, `--_row`).
 */
import { noChange, type ElementPart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

type CssProps = Record<string, string | undefined>;

class CssPropsDirective extends Directive {
  private names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() belongs on an element: <div ${cssProps({...})}>');
  }

  render(_props: CssProps) {
    return noChange;
  }

  update(part: ElementPart, [props]: [CssProps]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.names) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.names.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.names.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
