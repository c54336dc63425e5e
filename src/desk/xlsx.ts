/**
 * An .xlsx spreadsheet as rows, read with read-excel-file (its `universal` build: no worker,
 * no Node), loaded only when the data desk needs it. The first sheet's first row is the
 * header, as in the CSV the CLI imports; the cells become the text a CSV would hold.
 */
import type { SheetRows } from '../data/spreadsheet.js';

type Cell = string | number | boolean | Date | null | undefined;

/** A cell as CSV text: a date cell becomes 2026-11-27 (what `gecontroleerd_op` expects). */
function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

/** Starts loading the reader (the desk warms it up once the page is idle, so it also works offline). */
export const loadXlsxReader = () => import('read-excel-file/universal');

/** The rows of the first sheet of an .xlsx file; empty rows are skipped, as in a CSV. */
export async function xlsxRows(bytes: ArrayBuffer): Promise<SheetRows> {
  const { readSheet } = await loadXlsxReader();
  let data: Cell[][];
  try {
    data = (await readSheet(bytes)) as unknown as Cell[][];
  } catch (e) {
    return { header: [], rows: [], errors: [{ detail: e instanceof Error ? e.message.slice(0, 120) : String(e) }] };
  }
  const [head = [], ...body] = data;
  const header = head.map((h) => cellText(h).trim().toLowerCase());
  const rows = body.filter((row) => row.some((c) => cellText(c).trim() !== '')).map((row) => Object.fromEntries(header.map((h, i) => [h, cellText(row[i])])));
  return { header, rows, errors: [] };
}
