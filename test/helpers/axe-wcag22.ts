/**
 * Loaded before every browser test: axe with the WCAG 2.2 AA rules on (axe-core leaves
 * `target-size`, success criterion 2.5.8, off by default), so every `to.be.accessible()`
 * checks them.
 */
import 'axe-core/axe.min.js';

declare global {
  interface Window {
    axe: { configure(spec: { rules: { id: string; enabled: boolean }[] }): void };
  }
}

window.axe.configure({ rules: [{ id: 'target-size', enabled: true }] });
