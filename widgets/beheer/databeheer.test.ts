/**
 * The data desk as the team uses it: the built page (dist/beheer/, so run with the build) in
 * a frame, files dropped on it or chosen with its button, problems read from its table, the
 * preview elements' own `hca-ready`, the zip taken from its download and checked by the CLI.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { toCsv } from '../../src/data/csv.js';
import { validateDataset } from '../../src/data/validate.js';
import type { DatasetName } from '../../src/data/schema.js';
import { readJson, until } from '../../test/helpers/wait.js';

type FrameWindow = Window & typeof globalThis;
interface Desk {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  host: HTMLElement;
  root: ShadowRoot;
  /** Each preview element's `hca-ready` count, by tag. */
  ready: Map<string, number>;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

async function openDesk(query = ''): Promise<Desk> {
  const frame = document.createElement('iframe');
  frame.title = 'Databeheer';
  // the whole viewport: the maps and charts start once they come near it
  frame.style.cssText = 'position: fixed; inset: 0; width: 100%; height: 100%; border: 0';
  frame.src = `/dist/beheer/index.html${query}`;
  frames.push(frame);
  document.body.append(frame);
  const win = await until(() => frame.contentWindow?.document.querySelector('hca-databeheer')?.shadowRoot && (frame.contentWindow as FrameWindow), 'the desk');
  const host = win.document.querySelector('hca-databeheer')!;
  const root = host.shadowRoot!;
  // ready once the published data is in: the button is enabled
  await until(() => root.querySelector<HTMLButtonElement>('.drop button:not([disabled])'), 'the published data', 15000);
  const ready = new Map<string, number>();
  host.addEventListener('hca-ready', (e) => ready.set((e.composedPath()[0] as Element).localName, (e as CustomEvent<{ count: number }>).detail.count));
  return { frame, win, host, root, ready };
}

/** Scrolls a preview element into view (maps and charts start near the viewport) and resolves with its `hca-ready` count. */
async function previewReady(desk: Desk, tag: string): Promise<number> {
  await until(() => desk.root.querySelector(tag), tag);
  desk.root.querySelector(tag)!.scrollIntoView();
  await until(() => desk.ready.has(tag), `${tag} in the preview`, 20000);
  return desk.ready.get(tag)!;
}

/** Files as the desk's window makes them. */
const files = (desk: Desk, list: [string, BlobPart][]) => {
  const dt = new desk.win.DataTransfer();
  for (const [name, body] of list) dt.items.add(new desk.win.File([body], name));
  return dt;
};

/** Drops files on the drop zone, as a drag from the file manager does; resolves with the result on screen. */
async function drop(desk: Desk, list: [string, BlobPart][]) {
  const dt = files(desk, list);
  const zone = desk.root.querySelector('.drop')!;
  zone.dispatchEvent(new desk.win.DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
  zone.dispatchEvent(new desk.win.DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  return result(desk);
}

async function result(desk: Desk) {
  await until(() => desk.root.querySelector('.verdict'), 'the result', 15000);
  const rows = [...desk.root.querySelectorAll('table.problems tbody tr')].map((tr) => {
    const [file, where, field, kind, message] = [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    return { file, where, field, kind, message };
  });
  return { rows, verdict: desk.root.querySelector('.verdict')!.textContent!, download: desk.root.querySelector<HTMLButtonElement>('button.download') };
}

/** Clicks the download button; resolves with the files in the zip it saves. */
async function downloadZip(desk: Desk): Promise<{ name: string; files: Record<string, string> }> {
  // saveBlob appends a link with `download` and clicks it: catch that click instead of a real download
  let saved: HTMLAnchorElement | undefined;
  const catchLink = (e: Event) => {
    const a = (e.target as Element).closest?.('a[download]');
    if (a) {
      saved = a as HTMLAnchorElement;
      e.preventDefault();
    }
  };
  desk.win.document.addEventListener('click', catchLink, true);
  try {
    desk.root.querySelector<HTMLButtonElement>('button.download')!.click();
  } finally {
    desk.win.document.removeEventListener('click', catchLink, true);
  }
  expect(saved, 'a download was started').to.exist;
  const bytes = new Uint8Array(await (await desk.win.fetch(saved!.href)).arrayBuffer());
  const entries = unzipSync(bytes);
  return { name: saved!.download, files: Object.fromEntries(Object.entries(entries).map(([n, b]) => [n, new TextDecoder().decode(b)])) };
}

/** The CLI's verdict (`hcaict-data validate --json`, the built bin) on the published data with `files` put in its place. */
const cliValidate = (files: Record<string, string>) =>
  executeServerCommand<{ status: number; report: { valid: boolean; errors: number } }, unknown>('hca-validate', { files });

// The team's spreadsheet (the columns of data/sjabloon-initiatieven.csv), filled with the
// published initiatives (one row each), and four rows of which three are wrong.
interface Published {
  id: string;
  name: string;
  summary: string;
  kind: string;
  organisations: string[];
  partners: string[];
  place: { name: string; gemeente: string };
  levels: string[];
  targetGroups: string[];
  themes: string[];
  pillars: string[];
  models: string[];
  website?: string;
  startYear?: number;
  status?: string;
  sources: { title: string; url: string }[];
  verified: string;
}
let HEADER: string[] = [];
let PUBLISHED: Published[] = [];
let TEAM_ROWS: string[][] = [];
let BAD_ROWS: string[][] = [];
const row = (fields: Record<string, string>) => HEADER.map((c) => fields[c] ?? '');
const rowOf = (r: Published) =>
  row({
    id: r.id,
    naam: r.name,
    samenvatting: r.summary,
    soort: r.kind,
    organisaties: r.organisations.join(';'),
    partners: r.partners.join(';'),
    plaats: r.place.name,
    gemeentecode: r.place.gemeente,
    niveaus: r.levels.join(';'),
    doelgroepen: r.targetGroups.join(';'),
    themas: r.themes.join(';'),
    pijlers: r.pillars.join(';'),
    modellen: r.models.join(';'),
    website: r.website ?? '',
    startjaar: r.startYear === undefined ? '' : String(r.startYear),
    status: r.status ?? '',
    bron_titel: r.sources[0].title,
    bron_url: r.sources[0].url,
    gecontroleerd_op: r.verified,
  });
const GOOD = {
  naam: 'ICT-leerwerkplaats Zwolle',
  samenvatting: 'Testrij van de data desk: studenten werken in een leerwerkplaats aan opdrachten van bedrijven uit de regio.',
  soort: 'omscholing',
  organisaties: 'Voorbeeldorganisatie',
  plaats: 'Zwolle',
  niveaus: 'hbo',
  doelgroepen: 'werkzoekenden',
  pijlers: 'omscholing-bijscholing',
  modellen: 'omscholing-zij-instromers',
  status: 'actief',
  bron_titel: 'Voorbeeldbron',
  bron_url: 'https://example.org/leerwerkplaats',
  gecontroleerd_op: '2026-11-27',
};
/** The spreadsheet row numbers of the four extra rows (the header is row 1). */
const extraRow = (i: number) => TEAM_ROWS.length + 2 + i;
before(async () => {
  HEADER = (await (await fetch('/data/sjabloon-initiatieven.csv')).text()).split(/\r?\n/)[0].split(',');
  PUBLISHED = (await readJson<{ records: Published[] }>('/dist/data/initiatives.json')).records;
  TEAM_ROWS = PUBLISHED.map(rowOf);
  BAD_ROWS = [
    ...TEAM_ROWS,
    row({ ...GOOD, id: 'goede-rij' }),
    row({ ...GOOD, id: 'verkeerde-plaats', plaats: 'Atlantis' }),
    row({ ...GOOD, id: 'zonder-naam', naam: '' }),
    row({ ...GOOD, id: 'javascript-link', website: 'javascript:alert(1)' }),
  ];
});

/** A minimal .xlsx (one sheet, inline strings), zipped with fflate: what a spreadsheet program saves. */
function xlsx(rows: string[][]): Uint8Array {
  const esc = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
  const col = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26)));
  const sheet = rows
    .map((r, y) => `<row r="${y + 1}">${r.map((v, x) => (v ? `<c r="${col(x)}${y + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>` : '')).join('')}</row>`)
    .join('');
  const ns = 'http://schemas.openxmlformats.org';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Initiatieven" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData>${sheet}</sheetData></worksheet>`,
    ),
  });
}

/** The three problems of BAD_ROWS, as the CLI names them: row (the header is row 1) and column. */
function expectThreeProblems(rows: { file: string; where: string; field: string; kind: string; message: string }[], file: string) {
  const errors = rows.filter((r) => r.kind === 'Fout');
  expect(errors.map((r) => [r.file, r.where, r.field])).to.deep.equal([
    [file, `rij ${extraRow(1)} (verkeerde-plaats)`, 'plaats'],
    [file, `rij ${extraRow(2)} (zonder-naam)`, 'naam'],
    [file, `rij ${extraRow(3)} (javascript-link)`, 'website'],
  ]);
  expect(errors[0].message).to.contain('"Atlantis" is geen gemeente van 2024');
  expect(errors[1].message).to.equal('is leeg');
  expect(errors[2].message).to.contain('moet een webadres zijn dat begint met http:// of https://');
}

describe('data desk (dist/beheer/)', function () {
  this.timeout(60000); // a page with three elements and their libraries, in a frame
  before(() => setViewport({ width: 1280, height: 900 }));

  it('lists a wrong place, a missing name and a javascript: link in a CSV with row and column, counts the valid row and offers no zip', async () => {
    const desk = await openDesk();
    const { rows, verdict, download } = await drop(desk, [['initiatieven.csv', toCsv(HEADER, BAD_ROWS)]]);
    expectThreeProblems(rows, 'initiatieven.csv');
    expect(desk.root.querySelector('.files')!.textContent).to.contain(`initiatieven.csv: ${PUBLISHED.length + 1} van ${PUBLISHED.length + 4} rijen in orde`);
    expect(verdict).to.contain('Nog niet klaar om te publiceren');
    expect(download, 'no zip while errors are left').to.be.null;
    // the valid row is previewed all the same
    expect(await previewReady(desk, 'hca-netwerkkaart')).to.equal(PUBLISHED.length + 1);
  });

  it('reads the same spreadsheet as .xlsx (chosen with the button) and lists the same three problems', async () => {
    const desk = await openDesk();
    const input = desk.root.querySelector<HTMLInputElement>('input[type=file]')!;
    input.files = files(desk, [['initiatieven.xlsx', xlsx([HEADER, ...BAD_ROWS]) as BlobPart]]).files;
    input.dispatchEvent(new desk.win.Event('change', { bubbles: true }));
    const { rows } = await result(desk);
    expectThreeProblems(rows, 'initiatieven.xlsx');
  });

  it('previews a good spreadsheet in the map, shows the diff with the published data and offers a zip that the CLI validates', async () => {
    const desk = await openDesk();
    // The team's spreadsheet with one record changed, the last one removed and one added.
    const changed = [...TEAM_ROWS[0]];
    changed[HEADER.indexOf('gecontroleerd_op')] = '2026-12-01';
    const removedId = PUBLISHED.at(-1)!.id;
    const csv = toCsv(HEADER, [changed, ...TEAM_ROWS.slice(1, -1), row({ ...GOOD, id: 'desk-nieuw-initiatief' })]);
    const { rows, verdict, download } = await drop(desk, [['initiatieven.csv', csv]]);
    expect(rows.filter((r) => r.kind === 'Fout')).to.deep.equal([]);
    expect(verdict).to.contain('Klaar om te publiceren');
    expect(download).to.exist;

    const diff = desk.root.querySelector('[aria-labelledby=diff-heading]')!.textContent!.replace(/\s+/g, ' ');
    expect(diff).to.contain('initiatives: 1 nieuw, 1 verwijderd, 1 gewijzigd');
    expect(diff).to.contain('desk-nieuw-initiatief');
    expect(diff).to.contain(removedId);
    expect(diff).to.contain(`${PUBLISHED[0].id} (velden: verified)`);

    expect(await previewReady(desk, 'hca-netwerkkaart'), 'the map shows the checked records').to.equal(PUBLISHED.length);

    const zip = await downloadZip(desk);
    expect(zip.name).to.match(/^hcaict-gegevens-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(Object.keys(zip.files)).to.deep.equal(['initiatives.json']);
    for (const [file, text] of Object.entries(zip.files)) {
      const checked = validateDataset(file.replace('.json', '') as DatasetName, JSON.parse(text), file);
      expect(checked.problems, file).to.deep.equal([]);
    }
    const ids = (JSON.parse(zip.files['initiatives.json']) as { records: { id: string }[] }).records.map((r) => r.id);
    expect(ids).to.include('desk-nieuw-initiatief').and.not.include(removedId);
    const cli = await cliValidate(zip.files);
    expect(cli.status, JSON.stringify(cli.report)).to.equal(0);
    expect(cli.report.valid).to.be.true;
  });

  it('names record and field path in a dataset JSON, and cross-checks it against the published data', async () => {
    const desk = await openDesk();
    const models = await readJson<{ records: { id: string; status: string; examples: string[] }[] }>('/dist/data/models.json');
    models.records[1].status = 'klaar';
    models.records[2].examples.push('bestaat-niet');
    const { rows, download } = await drop(desk, [['models.json', JSON.stringify(models)]]);
    const own = rows.filter((r) => r.file === 'models.json');
    expect(own.map((r) => [r.where, r.field, r.kind])).to.deep.equal([
      [`record 2 (${models.records[1].id})`, 'status', 'Fout'],
      [`record 3 (${models.records[2].id})`, `examples.${models.records[2].examples.length - 1}`, 'Fout'],
    ]);
    expect(own[0].message).to.contain('moet "concept" of "published" zijn (gevonden: "klaar")');
    expect(own[1].message).to.contain('verwijst naar een initiatief dat niet bestaat: "bestaat-niet"');
    // the model left out breaks the published initiatives that are its examples: named as the site's file
    const broken = rows.filter((r) => r.file !== 'models.json');
    expect(broken.length).to.be.greaterThan(0);
    for (const r of broken)
      expect([r.file, r.field, r.message]).to.deep.equal([
        'data/initiatives.json',
        r.field,
        `verwijst naar een werkend model dat niet bestaat: "${models.records[1].id}"`,
      ]);
    expect(download).to.be.null;
  });

  it('reads a file it cannot check as a clear problem, in English with ?taal=en', async () => {
    const desk = await openDesk('?taal=en');
    expect(desk.root.querySelector('h1')!.textContent).to.equal('Data desk');
    const { rows, verdict } = await drop(desk, [
      ['notes.txt', 'hello'],
      ['broken.json', '{ "dataset": '],
    ]);
    expect(rows.map((r) => [r.file, r.kind])).to.deep.equal([
      ['notes.txt', 'Error'],
      ['broken.json', 'Error'],
    ]);
    expect(rows[0].message).to.contain('this kind of file cannot be checked');
    expect(rows[1].message).to.contain('the file is not valid JSON');
    expect(verdict).to.contain('Not ready to publish');
  });

  it('is keyboard usable: Tab reaches the file button, which opens the file chooser', async () => {
    const desk = await openDesk();
    const button = desk.root.querySelector<HTMLButtonElement>('.drop button')!;
    let opened = 0;
    desk.root.querySelector('input[type=file]')!.addEventListener('click', (e) => {
      opened++;
      e.preventDefault(); // no real dialog in a test
    });
    desk.frame.focus();
    for (let i = 0; i < 10 && desk.root.activeElement !== button; i++) await sendKeys({ press: 'Tab' });
    expect(desk.root.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    expect(opened).to.equal(1);
    const { width, height } = button.getBoundingClientRect();
    expect(Math.min(width, height)).to.be.at.least(24);
  });

  it('passes axe (WCAG 2.2 AA) with a result and the preview on screen', async () => {
    const desk = await openDesk();
    await drop(desk, [['initiatieven.csv', toCsv(HEADER, BAD_ROWS)]]);
    for (const tag of ['hca-netwerkkaart', 'hca-werkende-modellen', 'hca-regioprofiel']) await previewReady(desk, tag);
    const script = desk.win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((r) => script.addEventListener('load', r));
    desk.win.document.head.append(script);
    await loaded;
    const axe = (
      desk.win as unknown as { axe: typeof window.axe & { run(ctx: Element, opts: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
    ).axe;
    axe.configure({ rules: [{ id: 'target-size', enabled: true }] });
    const { violations } = await axe.run(desk.win.document.body, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
  });

  it('works offline once loaded: checks and previews a dropped file with the network gone', async () => {
    const desk = await openDesk();
    await new Promise((r) => setTimeout(r, 500)); // the idle-time .xlsx reader
    // every request for the site's files fails from now on, as with the connection gone
    await executeServerCommand('hca-throttle', { block: ['*/dist/*'] });
    expect(
      await desk.win.fetch('/dist/data/models.json').then(
        () => 'reached',
        () => 'failed',
      ),
    ).to.equal('failed');
    try {
      const { rows } = await drop(desk, [['initiatieven.xlsx', xlsx([HEADER, ...BAD_ROWS]) as BlobPart]]);
      expectThreeProblems(rows, 'initiatieven.xlsx');
      for (const tag of ['hca-netwerkkaart', 'hca-werkende-modellen', 'hca-regioprofiel']) await previewReady(desk, tag);
    } finally {
      await executeServerCommand('hca-throttle', { cpu: 1, network: null });
    }
  });
});
