/** What a map canvas shows, counted by colour: for tests that check a WebGL map drew its basemap. */

/** [r, g, b] of a CSS colour (hex, rgb(), named), as a 2D canvas reads it. */
function rgbOf(colour: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = colour.trim();
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/**
 * Samples every fourth pixel of `canvas` (a WebGL canvas needs `preserveDrawingBuffer`):
 * `background` and `land` are the counts of the most and second most common colours,
 * `lines` the count of pixels within a small distance of `lineColour` (borders, coast).
 */
export function canvasColours(canvas: HTMLCanvasElement, lineColour: string): { background: number; land: number; lines: number } {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const ctx = copy.getContext('2d')!;
  ctx.drawImage(canvas, 0, 0);
  const px = ctx.getImageData(0, 0, copy.width, copy.height).data;
  const [lr, lg, lb] = rgbOf(lineColour);
  const colours = new Map<number, number>();
  let lines = 0;
  for (let i = 0; i < px.length; i += 16) {
    const key = (px[i] << 16) | (px[i + 1] << 8) | px[i + 2];
    colours.set(key, (colours.get(key) ?? 0) + 1);
    if (Math.abs(px[i] - lr) + Math.abs(px[i + 1] - lg) + Math.abs(px[i + 2] - lb) < 24) lines++;
  }
  const [background = 0, land = 0] = [...colours.values()].sort((a, b) => b - a);
  return { background, land, lines };
}
