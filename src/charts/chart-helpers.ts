/**
 * Chart helpers that do not need Chart.js itself: the kit's series colours (Okabe-Ito,
 * safe with colour-vision deficiencies), and a PNG of a chart with a white background,
 * its title and its source, ready to paste into a slide.
 */

/** Okabe-Ito: distinguishable with the common colour-vision deficiencies. */
export const SERIES_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'] as const;
/** Dash patterns that tell series apart without colour (print, greyscale). */
export const SERIES_DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 2], [8, 8]];

/** Draws the chart canvas on white with a title above and a source line below. */
export function chartImage(canvas: HTMLCanvasElement, title: string, footer: string): HTMLCanvasElement {
  const scale = canvas.width / Math.max(1, canvas.clientWidth || canvas.width);
  const pad = Math.round(16 * scale);
  const titleSize = Math.round(16 * scale);
  const footSize = Math.round(11 * scale);
  const out = document.createElement('canvas');
  out.width = canvas.width + 2 * pad;
  out.height = canvas.height + 2 * pad + titleSize + footSize + 2 * pad;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#1b2333';
  ctx.font = `600 ${titleSize}px system-ui, sans-serif`;
  ctx.textBaseline = 'top';
  ctx.fillText(title, pad, pad, out.width - 2 * pad);
  ctx.drawImage(canvas, pad, 2 * pad + titleSize);
  ctx.fillStyle = '#4a5568';
  ctx.font = `${footSize}px system-ui, sans-serif`;
  ctx.fillText(footer, pad, out.height - pad - footSize, out.width - 2 * pad);
  return out;
}
