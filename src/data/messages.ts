/**
 * Plain-language messages for data problems, in Dutch (default) and English.
 * Keys are the message keys the schema and the cross-checks use.
 */
import type { DataProblem } from './validate.js';

type Lang = 'nl' | 'en';
type Template = (p: Record<string, string | number>) => string;

const nl: Record<string, Template> = {
  'type.string': (p) => `moet tekst zijn (gevonden: ${p.received})`,
  'type.number': (p) => `moet een getal zijn (gevonden: ${p.received})`,
  'type.boolean': (p) => `moet waar of onwaar zijn (gevonden: ${p.received})`,
  'type.array': (p) => `moet een lijst zijn (gevonden: ${p.received})`,
  'type.object': (p) => (p.received === 'undefined' ? 'ontbreekt' : `moet een object met velden zijn (gevonden: ${p.received})`),
  'text.empty': () => 'is leeg',
  'text.tooLong': (p) => `is te lang (maximaal ${p.requirement} tekens of items)`,
  'list.tooLong': (p) => `heeft te veel items (maximaal ${p.requirement})`,
  'id.slug': (p) => `is geen geldige id: gebruik kleine letters, cijfers en streepjes, zoals "it-campus-rotterdam" (gevonden: ${p.received})`,
  'id.duplicate': () => 'deze id komt al eerder in het bestand voor',
  'url.http': (p) => `moet een webadres zijn dat begint met http:// of https:// (gevonden: ${p.received})`,
  'date.iso': (p) => `moet een datum zijn als 2026-11-27 (gevonden: ${p.received})`,
  'year.range': (p) => `moet een jaartal tussen 1900 en 2100 zijn (gevonden: ${p.received})`,
  'number.integer': (p) => `moet een heel getal zijn (gevonden: ${p.received})`,
  'number.finite': (p) => `moet een eindig getal zijn (gevonden: ${p.received})`,
  'number.min': (p) => `mag niet negatief zijn (gevonden: ${p.received})`,
  'code.gemeente': (p) => `moet een CBS-gemeentecode zijn zoals GM0344 (gevonden: ${p.received})`,
  'code.region': (p) => `moet een CBS-regiocode zijn zoals NL01, PV26 of AM14 (gevonden: ${p.received})`,
  'coord.outside': (p) => `ligt buiten Nederland (gevonden: ${p.received})`,
  'coord.outsideOutline': () => 'de coördinaten liggen buiten de grens van Nederland',
  'sources.none': () => 'heeft minstens één bron nodig',
  'status.concept': (p) => `moet "concept" of "published" zijn (gevonden: ${p.received})`,
  'status.initiative': (p) => `moet "actief", "afgerond" of "onbekend" zijn (gevonden: ${p.received})`,
  'region.level': (p) => `moet "land", "provincie" of "arbeidsmarktregio" zijn (gevonden: ${p.received})`,
  'indicator.unit': (p) => `onbekende eenheid (gevonden: ${p.received})`,
  'indicator.aggregate': (p) => `moet "sum" of "rate" zijn (gevonden: ${p.received})`,
  'indicator.level': (p) => `onbekend onderwijsniveau (gevonden: ${p.received})`,
  'taxonomy.facet': (p) => `onbekende soort lijst (gevonden: ${p.received})`,
  'location.level': (p) => `moet mbo, hbo of wo zijn (gevonden: ${p.received})`,
  'place.precision': (p) => `moet "gemeente" zijn of ontbreken (gevonden: ${p.received})`,
  'envelope.version': (p) => `schemaversie moet ${p.expected} zijn (gevonden: ${p.received})`,
  'envelope.dataset': (p) => `dit is niet het verwachte soort bestand: verwacht ${p.expected} (gevonden: ${p.received})`,
  'ref.region': (p) => `verwijst naar een regio die niet bestaat: "${p.ref}"`,
  'ref.model': (p) => `verwijst naar een werkend model dat niet bestaat: "${p.ref}"`,
  'ref.initiative': (p) => `verwijst naar een initiatief dat niet bestaat: "${p.ref}"`,
  'ref.indicator': (p) => `verwijst naar een indicator die niet bestaat: "${p.ref}"`,
  'ref.taxonomy': (p) => `"${p.ref}" staat niet in de lijst ${p.facet} van de taxonomie`,
  'ref.gemeente': (p) => `onbekende gemeente: "${p.ref}"`,
  'value.invalid': (p) => `ongeldige waarde (gevonden: ${p.received})`,
  'file.missing': () => 'het bestand is niet gevonden (404)',
  'data.version': (p) => `er is geen gegevensversie "${p.version}" (data-version); gebruik de datum van een uitgave, zoals 2026-11-30, of laat data-version weg`,
  'file.http': (p) => `de server antwoordde met foutcode ${p.status}`,
  'file.json': (p) => `het bestand is geen geldige JSON${p.detail ? ` (${p.detail})` : ''}`,
  'file.timeout': (p) => `het laden duurde langer dan ${p.seconds} seconden`,
  'file.network': () => 'het bestand kon niet worden opgehaald (geen verbinding of geblokkeerd)',
  'file.empty': () => 'het bestand bevat geen geldige records',
  'file.topology': () => 'het bestand bevat niet de grenzen van de regio’s (TopoJSON met nederland, provincies en arbeidsmarktregios)',
  'file.code': () => 'de programmacode kon niet worden geladen (bestand ontbreekt, is beschadigd of geblokkeerd)',
  'file.type': () => 'dit soort bestand kan niet worden gecontroleerd: kies een spreadsheet (.csv of .xlsx) of een gegevensbestand (.json)',
  'file.unknownDataset': (p) => `het veld "dataset" moet zeggen wat voor bestand dit is (initiatives, regions, profiles, models, taxonomy of locations; gevonden: ${p.received})`,
  'import.unknownGemeente': (p) => `onbekende gemeentecode "${p.ref}": gebruik de CBS-code van 2024, zoals GM0344 voor Utrecht; de rij is overgeslagen`,
  'import.unknownPlace': (p) => `"${p.ref}" is geen gemeente van 2024; vul de gemeentecode in (bijvoorbeeld GM0344) of de gemeentenaam; de rij is overgeslagen`,
  'import.noPlace': () => 'plaats en gemeentecode zijn allebei leeg; vul er minstens één in; de rij is overgeslagen',
  'import.placeMismatch': (p) => `plaats "${p.ref}" is een andere gemeente dan gemeentecode ${p.code} (${p.name}); de gemeentecode is gebruikt`,
  'import.csv': (p) => `de spreadsheet kon niet goed worden gelezen (${p.detail})`,
  'import.columns': (p) => `de kolom "${p.ref}" ontbreekt in de kopregel`,
  'build.source': (p) => `bronbestand klopt niet: ${p.detail}`,
  'file.duplicateDataset': (p) => `nog een bestand met dataset "${p.received}" (ook in ${p.other}); dit bestand is niet meegenomen in de kruiscontrole`,
};

const en: Record<string, Template> = {
  'type.string': (p) => `must be text (found: ${p.received})`,
  'type.number': (p) => `must be a number (found: ${p.received})`,
  'type.boolean': (p) => `must be true or false (found: ${p.received})`,
  'type.array': (p) => `must be a list (found: ${p.received})`,
  'type.object': (p) => (p.received === 'undefined' ? 'is missing' : `must be an object with fields (found: ${p.received})`),
  'text.empty': () => 'is empty',
  'text.tooLong': (p) => `is too long (at most ${p.requirement} characters or items)`,
  'list.tooLong': (p) => `has too many items (at most ${p.requirement})`,
  'id.slug': (p) => `is not a valid id: use lower-case letters, digits and hyphens, like "it-campus-rotterdam" (found: ${p.received})`,
  'id.duplicate': () => 'this id already occurs earlier in the file',
  'url.http': (p) => `must be a web address starting with http:// or https:// (found: ${p.received})`,
  'date.iso': (p) => `must be a date like 2026-11-27 (found: ${p.received})`,
  'year.range': (p) => `must be a year between 1900 and 2100 (found: ${p.received})`,
  'number.integer': (p) => `must be a whole number (found: ${p.received})`,
  'number.finite': (p) => `must be a finite number (found: ${p.received})`,
  'number.min': (p) => `must not be negative (found: ${p.received})`,
  'code.gemeente': (p) => `must be a CBS municipality code like GM0344 (found: ${p.received})`,
  'code.region': (p) => `must be a CBS region code like NL01, PV26 or AM14 (found: ${p.received})`,
  'coord.outside': (p) => `lies outside the Netherlands (found: ${p.received})`,
  'coord.outsideOutline': () => 'the coordinates lie outside the border of the Netherlands',
  'sources.none': () => 'needs at least one source',
  'status.concept': (p) => `must be "concept" or "published" (found: ${p.received})`,
  'status.initiative': (p) => `must be "actief", "afgerond" or "onbekend" (found: ${p.received})`,
  'region.level': (p) => `must be "land", "provincie" or "arbeidsmarktregio" (found: ${p.received})`,
  'indicator.unit': (p) => `unknown unit (found: ${p.received})`,
  'indicator.aggregate': (p) => `must be "sum" or "rate" (found: ${p.received})`,
  'indicator.level': (p) => `unknown education level (found: ${p.received})`,
  'taxonomy.facet': (p) => `unknown kind of list (found: ${p.received})`,
  'location.level': (p) => `must be mbo, hbo or wo (found: ${p.received})`,
  'place.precision': (p) => `must be "gemeente" or absent (found: ${p.received})`,
  'envelope.version': (p) => `schema version must be ${p.expected} (found: ${p.received})`,
  'envelope.dataset': (p) => `this is not the expected kind of file: expected ${p.expected} (found: ${p.received})`,
  'ref.region': (p) => `refers to a region that does not exist: "${p.ref}"`,
  'ref.model': (p) => `refers to a working model that does not exist: "${p.ref}"`,
  'ref.initiative': (p) => `refers to an initiative that does not exist: "${p.ref}"`,
  'ref.indicator': (p) => `refers to an indicator that does not exist: "${p.ref}"`,
  'ref.taxonomy': (p) => `"${p.ref}" is not in the taxonomy list ${p.facet}`,
  'ref.gemeente': (p) => `unknown municipality: "${p.ref}"`,
  'value.invalid': (p) => `invalid value (found: ${p.received})`,
  'file.missing': () => 'the file was not found (404)',
  'data.version': (p) => `there is no data version "${p.version}" (data-version); use the date of a release, such as 2026-11-30, or leave data-version out`,
  'file.http': (p) => `the server answered with error code ${p.status}`,
  'file.json': (p) => `the file is not valid JSON${p.detail ? ` (${p.detail})` : ''}`,
  'file.timeout': (p) => `loading took longer than ${p.seconds} seconds`,
  'file.network': () => 'the file could not be fetched (no connection, or blocked)',
  'file.empty': () => 'the file holds no valid records',
  'file.topology': () => 'the file does not hold the region boundaries (TopoJSON with nederland, provincies and arbeidsmarktregios)',
  'file.code': () => 'the program code could not be loaded (file missing, damaged or blocked)',
  'file.type': () => 'this kind of file cannot be checked: choose a spreadsheet (.csv or .xlsx) or a dataset file (.json)',
  'file.unknownDataset': (p) => `the field "dataset" must say what kind of file this is (initiatives, regions, profiles, models, taxonomy or locations; found: ${p.received})`,
  'import.unknownGemeente': (p) => `unknown municipality code "${p.ref}": use the 2024 CBS code, such as GM0344 for Utrecht; the row was skipped`,
  'import.unknownPlace': (p) => `"${p.ref}" is not a 2024 municipality; fill in the municipality code (for example GM0344) or the municipality name; the row was skipped`,
  'import.noPlace': () => 'place and municipality code are both empty; fill in at least one; the row was skipped',
  'import.placeMismatch': (p) => `place "${p.ref}" is a different municipality than code ${p.code} (${p.name}); the code was used`,
  'import.csv': (p) => `the spreadsheet could not be read properly (${p.detail})`,
  'import.columns': (p) => `the column "${p.ref}" is missing from the header row`,
  'build.source': (p) => `source file is wrong: ${p.detail}`,
  'file.duplicateDataset': (p) => `another file with dataset "${p.received}" (also in ${p.other}); this file was left out of the cross-check`,
};

const catalogues: Record<Lang, Record<string, Template>> = { nl, en };

/** The message of one problem, without its location. */
export function problemMessage(problem: Pick<DataProblem, 'code' | 'params'>, lang: Lang = 'nl'): string {
  const t = catalogues[lang][problem.code] ?? catalogues[lang]['value.invalid'];
  return t({ received: '', expected: '', ...problem.params });
}

/** A spreadsheet the team keeps initiatives in (problems name its row and column). */
export const isSpreadsheet = (file: string) => /\.(csv|xlsx)$/i.test(file);

/** The spreadsheet row of a data row's index: row 1 is the header. */
export const sheetRow = (index: number) => index + 2;

/**
 * One line naming file, record, field and problem: what the CLI prints, the widget lists
 * and the data desk shows. A spreadsheet's problems name its row and column instead.
 */
export function describeProblem(problem: DataProblem, lang: Lang = 'nl'): string {
  const where: string[] = [problem.file];
  const sheet = isSpreadsheet(problem.file);
  if (problem.index !== undefined) {
    const n = sheet ? sheetRow(problem.index) : problem.index + 1;
    where.push(`${sheet ? (lang === 'nl' ? 'rij' : 'row') : 'record'} ${n}${problem.id ? ` (${problem.id})` : ''}`);
  }
  if (problem.path) where.push(`${sheet ? (lang === 'nl' ? 'kolom' : 'column') : lang === 'nl' ? 'veld' : 'field'} ${problem.path}`);
  return `${where.join(', ')}: ${problemMessage(problem, lang)}`;
}
