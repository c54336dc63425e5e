/**
 * `hcaict-data`: the command the HCA ICT team checks, imports, builds and compares the
 * kit's data with. Exit codes: 0 = in order, 1 = problems in the data, 2 = wrong command.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describeProblem, problemMessage } from '../data/messages.js';
import type { DataProblem } from '../data/validate.js';
import { runBuild } from './build.js';
import { checkPath } from './check.js';
import { diffPaths, formatDiff } from './diff.js';
import { importInitiatives } from './import.js';
import { json, writeFileAtomic } from './io.js';
import { RELEASE_DATE, releasesDir } from './releases.js';
import { fromRoot } from './paths.js';
import { setDataDir } from './data-dir.js';

type Lang = 'nl' | 'en';

export const HELP = `hcaict-data — de gegevens van de HCA ICT-widgets controleren, omzetten en bouwen

Gebruik:
  npx hcaict-data validate <bestand-of-map> [--json] [--lang en]
      Controleert een gegevensbestand (.json) of alle .json-bestanden in een map.
      Elke fout noemt het bestand, het recordnummer en de id, het veld en wat er mis is.
      Klaar zonder fouten: afsluitcode 0. Fouten gevonden: afsluitcode 1.
      --json     het rapport als JSON (voor andere programma's)
      --lang en  meldingen in het Engels

  npx hcaict-data import <initiatieven.csv> [--out <bestand.json>]
      Zet een spreadsheet (CSV, kolommen zoals data/sjabloon-initiatieven.csv) om
      naar initiatives.json. Plaats of gemeentecode wordt coördinaten en regio's.
      Een onbekende plaats wordt gemeld en die rij overgeslagen (nooit geraden).
      Zonder --out komt het resultaat op het scherm.

  npx hcaict-data build [--out dist/data] [--data data] [--date JJJJ-MM-DD]
      Maakt alle gegevensbestanden opnieuw uit de map data/ en de DUO-bronnen:
      initiatives, regions, profiles, models, taxonomy en locations, plus de
      schema's in dist/schema/. Eerst wordt alles gecontroleerd; bij één fout
      wordt er niets geschreven en blijven de oude bestanden staan.
      Veranderde gegevens worden een nieuwe uitgave met de datum van vandaag,
      bewaard in data/releases/<datum>/; elke uitgave komt ook in
      dist/data/<datum>/, met de lijst en wat er veranderde in
      dist/data/releases.json (voor data-version="<datum>" in de widgets).
      --data <map>  een andere bronmap dan data/ (om iets uit te proberen)
      --date <datum>  de datum van deze uitgave in plaats van vandaag

  npx hcaict-data diff <oud> <nieuw>
      Laat zien wat er verandert tussen twee versies (bestanden of mappen):
      nieuwe, verwijderde en gewijzigde records, per soort gegevens.

  npx hcaict-data --help
      Deze uitleg.

Zie data/README.md voor de stappen om gegevens bij te werken en te publiceren.
`;

interface Args {
  command?: string;
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--out', '--lang', '--data', '--date']);
const BOOL_FLAGS = new Set(['--json', '--help', '-h']);

function parseArgs(argv: string[]): Args | string {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('-')) {
      const [key, inline] = a.split('=', 2);
      if (VALUE_FLAGS.has(key)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value.startsWith('--')) return `${key} heeft een waarde nodig`;
        flags.set(key, value);
      } else if (BOOL_FLAGS.has(key)) flags.set(key, true);
      else return `onbekende optie: ${a}`;
    } else positional.push(a);
  }
  return { command: positional.shift(), positional, flags };
}

const rel = (p: string) => {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') ? r : p;
};

const prefix = (p: DataProblem, lang: Lang) =>
  p.severity === 'warning' ? (lang === 'nl' ? 'waarschuwing: ' : 'warning: ') : lang === 'nl' ? 'fout: ' : 'error: ';

function usage(message: string): number {
  console.error(`hcaict-data: ${message}\nTyp "npx hcaict-data --help" voor uitleg.`);
  return 2;
}

function validate(args: Args, lang: Lang): number {
  if (args.positional.length !== 1) return usage('geef één bestand of map op, bijvoorbeeld: npx hcaict-data validate dist/data');
  const target = args.positional[0];
  if (!existsSync(target)) return usage(`"${target}" bestaat niet`);
  const report = checkPath(target);
  if (args.flags.get('--json')) {
    console.log(
      json({
        valid: report.errors === 0,
        errors: report.errors,
        warnings: report.warnings,
        files: report.files,
        problems: report.problems.map((p) => ({ ...p, message: problemMessage(p, lang) })),
      }).trimEnd(),
    );
    return report.errors ? 1 : 0;
  }
  for (const p of report.problems) console.log(prefix(p, lang) + describeProblem(p, lang));
  const records = report.files.reduce((n, f) => n + f.records, 0);
  const valid = report.files.reduce((n, f) => n + f.valid, 0);
  const summary =
    lang === 'nl'
      ? `${report.files.length} bestand(en) gecontroleerd, ${valid} van ${records} records in orde: ${report.errors} fout(en), ${report.warnings} waarschuwing(en). ${report.errors ? 'Niet in orde.' : 'In orde.'}`
      : `${report.files.length} file(s) checked, ${valid} of ${records} records valid: ${report.errors} error(s), ${report.warnings} warning(s). ${report.errors ? 'Not valid.' : 'Valid.'}`;
  console.log(summary);
  return report.errors ? 1 : 0;
}

function importCsv(args: Args, lang: Lang): number {
  if (args.positional.length !== 1) return usage('geef één CSV-bestand op, bijvoorbeeld: npx hcaict-data import data/initiatieven.csv');
  const file = args.positional[0];
  if (!existsSync(file)) return usage(`"${file}" bestaat niet`);
  const result = importInitiatives(readFileSync(file, 'utf8'), rel(resolve(file)));
  for (const p of result.problems) console.error(prefix(p, lang) + describeProblem(p, lang));
  const out = args.flags.get('--out');
  const text = json(result.document);
  if (typeof out === 'string') writeFileAtomic(resolve(out), text);
  else process.stdout.write(text);
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  console.error(
    lang === 'nl'
      ? `${result.document.records.length} van ${result.rows} rijen omgezet${typeof out === 'string' ? ` naar ${out}` : ''}; ${errors} fout(en).`
      : `${result.document.records.length} of ${result.rows} rows converted${typeof out === 'string' ? ` to ${out}` : ''}; ${errors} error(s).`,
  );
  return errors ? 1 : 0;
}

function build(args: Args, lang: Lang): number {
  if (args.positional.length) return usage(`build neemt geen bestanden; gebruik --out <map> (gevonden: ${args.positional.join(' ')})`);
  // The sources (geo/source, data/) live in the kit's repository, not in the installed package.
  if (!existsSync(fromRoot('geo', 'source')))
    return usage('build werkt alleen in de repository van de widgetkit (geo/source/ ontbreekt hier); validate, import en diff werken overal');
  const outFlag = args.flags.get('--out');
  const out = typeof outFlag === 'string' ? resolve(outFlag) : fromRoot('dist', 'data');
  const dataFlag = args.flags.get('--data');
  if (typeof dataFlag === 'string') {
    if (!existsSync(dataFlag)) return usage(`"${dataFlag}" bestaat niet`);
    setDataDir(dataFlag);
  }
  const dateFlag = args.flags.get('--date');
  if (dateFlag !== undefined && (typeof dateFlag !== 'string' || !RELEASE_DATE.test(dateFlag)))
    return usage(`--date moet een datum zijn als 2026-11-30 (gevonden: ${String(dateFlag)})`);
  const result = runBuild(out, { date: dateFlag });
  for (const p of result.problems) console.log(prefix(p, lang) + describeProblem(p, lang));
  if (!result.ok) {
    console.log(
      lang === 'nl'
        ? `Niets geschreven: los de fouten hierboven op. ${rel(out)} is niet veranderd.`
        : `Nothing written: fix the errors above. ${rel(out)} is unchanged.`,
    );
    return 1;
  }
  for (const n of result.notes) console.log(`  ${lang === 'nl' ? 'let op' : 'note'}: ${n}`);
  const counts = Object.entries(result.counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(
    lang === 'nl'
      ? `Klaar: ${rel(out)} geschreven (${counts}); schema's in ${rel(resolve(out, '..', 'schema'))}.`
      : `Done: wrote ${rel(out)} (${counts}); schemas in ${rel(resolve(out, '..', 'schema'))}.`,
  );
  const release = result.release!;
  const changed = release.changes.reduce((n, d) => n + d.added.length + d.removed.length + d.changed.length, 0);
  console.log(
    lang === 'nl'
      ? `Uitgave ${release.date}${release.previous ? ` (${changed} records veranderd sinds ${release.previous})` : ''}: ook in ${rel(resolve(out, release.date))}; bewaard in ${rel(resolve(releasesDir(), release.date))}.`
      : `Release ${release.date}${release.previous ? ` (${changed} records changed since ${release.previous})` : ''}: also in ${rel(resolve(out, release.date))}; kept in ${rel(resolve(releasesDir(), release.date))}.`,
  );
  return 0;
}

function diff(args: Args, lang: Lang): number {
  if (args.positional.length !== 2) return usage('geef twee bestanden of mappen op: npx hcaict-data diff <oud> <nieuw>');
  for (const p of args.positional) if (!existsSync(p)) return usage(`"${p}" bestaat niet`);
  const [a, b] = args.positional;
  const diffs = diffPaths(a, b);
  if (args.flags.get('--json')) console.log(json(diffs).trimEnd());
  else console.log(formatDiff(diffs, a, b, lang));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') return usage(args);
  if (args.flags.get('--help') || args.flags.get('-h') || args.command === 'help') {
    console.log(HELP);
    return 0;
  }
  const langFlag = args.flags.get('--lang');
  if (langFlag !== undefined && langFlag !== 'nl' && langFlag !== 'en') return usage(`--lang moet nl of en zijn (gevonden: ${String(langFlag)})`);
  const lang: Lang = langFlag === 'en' ? 'en' : 'nl';
  try {
    switch (args.command) {
      case 'validate':
        return validate(args, lang);
      case 'import':
        return importCsv(args, lang);
      case 'build':
        return build(args, lang);
      case 'diff':
        return diff(args, lang);
      case undefined:
        console.log(HELP);
        return 2;
      default:
        return usage(`onbekende opdracht "${args.command}"; kies validate, import, build of diff`);
    }
  } catch (e) {
    console.error(`hcaict-data: onverwachte fout: ${(e as Error).stack ?? e}`);
    return 1;
  }
}
