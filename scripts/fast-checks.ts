/**
 * Writes src/data/fast-checks.generated.ts from the valibot schemas (run by `npm run build`,
 * and `node scripts/run-ts.mjs scripts/fast-checks.ts` after a schema change).
 *
 * Each dataset's records get one straight-line function that answers: would valibot accept
 * this record and give it back unchanged (nothing to trim, no default to fill in, no unknown
 * field)? Almost every published record is such a record, and for it this is about three
 * times faster than checking with functions combined at run time, ten times faster than
 * valibot itself. The code is made here, at build time, because a strict Content Security
 * Policy forbids making code in the browser (`new Function`). A record it says no to goes
 * through valibot, which gives its output or names its problems exactly: the generated code
 * can make the kit slower, never laxer. `fast-check.test.ts` checks that both agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import * as v from 'valibot';
import { InitiativePosition, RECORD_SCHEMAS } from '../src/data/schema.js';

/**
 * The records of the datasets that grow to thousands (the others hold a record per region,
 * model or term: valibot checks them in a millisecond, and their code would only add bytes),
 * and the part of an initiative a map marker needs.
 */
const CHECKS: Record<string, v.GenericSchema> = {
  initiatives: RECORD_SCHEMAS.initiatives,
  locations: RECORD_SCHEMAS.locations,
  initiativePosition: InitiativePosition,
};

export const OUT = resolve('src/data/fast-checks.generated.ts');

/** The parts of a valibot schema object the generator reads. */
interface Node {
  kind: string;
  type: string;
  pipe?: Node[];
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  default?: unknown;
  options?: unknown[];
  literal?: unknown;
  requirement?: unknown;
}

class Unsupported extends Error {}

/** Makes the checking code of one dataset. */
class Emitter {
  private next = 0;
  constructor(private readonly constants: string[]) {}

  private name(prefix: string): string {
    return `${prefix}${this.next++}`;
  }

  /** A module-level constant (a RegExp, a list of options), named once. */
  private constant(code: string): string {
    const found = this.constants.indexOf(code);
    if (found >= 0) return `C${found}`;
    this.constants.push(code);
    return `C${this.constants.length - 1}`;
  }

  /** Statements that `return false` unless `x` passes `node` unchanged. */
  node(node: Node, x: string): string {
    // A piped schema copies its first item's properties; `pipe[0]` is that item itself.
    if (node.pipe) return node.pipe.map((item) => this.pipeItem(item, x)).join('\n');
    switch (node.type) {
      case 'string':
        return `if (typeof ${x} !== 'string') return false;`;
      case 'number':
        return `if (typeof ${x} !== 'number' || Number.isNaN(${x})) return false;`;
      case 'boolean':
        return `if (typeof ${x} !== 'boolean') return false;`;
      case 'unknown':
        return '';
      case 'literal':
        return `if (${x} !== ${JSON.stringify(node.literal)}) return false;`;
      case 'picklist':
        return `if (!${this.constant(`new Set(${JSON.stringify(node.options)})`)}.has(${x})) return false;`;
      case 'optional':
        // an absent value that would get a default is a change: valibot makes that output
        return `if (${x} === undefined) { ${node.default === undefined ? '' : 'return false;'} } else { ${this.node(node.wrapped!, x)} }`;
      case 'array': {
        const i = this.name('i');
        const item = this.name('v');
        return `if (!Array.isArray(${x})) return false;
          for (let ${i} = 0; ${i} < ${x}.length; ${i}++) { const ${item} = ${x}[${i}]; ${this.node(node.item!, item)} }`;
      }
      case 'object':
      case 'loose_object': {
        const count = this.name('n');
        // an unknown field is a change for an object (valibot leaves it out), not for a loose one: count the known ones
        const strict = node.type === 'object';
        const fields = Object.entries(node.entries!).map(([key, entry]) => {
          const value = this.name('v');
          const k = JSON.stringify(key);
          const present = `const ${value} = ${x}[${k}]; ${this.node(entry, value)} ${strict ? `${count}++;` : ''}`;
          // absent: fine for an optional field without a default (valibot leaves it out too)
          const absent = entry.type === 'optional' && entry.default === undefined ? '' : 'return false;';
          return `if (${k} in ${x}) { ${present} } else { ${absent} }`;
        });
        const key = this.name('k');
        if (!strict) return `if (!${x} || typeof ${x} !== 'object') return false;\n${fields.join('\n')}`;
        return `if (!${x} || typeof ${x} !== 'object') return false;
          let ${count} = 0;
          ${fields.join('\n')}
          for (const ${key} in ${x}) if (Object.hasOwn(${x}, ${key})) ${count}--;
          if (${count} !== 0) return false;`;
      }
      default:
        throw new Unsupported(`schema ${node.type}`);
    }
  }

  private pipeItem(item: Node, x: string): string {
    if (item.kind === 'metadata') return '';
    if (item.kind === 'schema') return this.node(item, x);
    if (item.kind === 'transformation' && item.type === 'trim') return `if (${x}.trim() !== ${x}) return false;`;
    if (item.kind !== 'validation') throw new Unsupported(`${item.kind} ${item.type}`);
    const r = item.requirement;
    switch (item.type) {
      case 'min_length':
        return `if (${x}.length < ${Number(r)}) return false;`;
      case 'max_length':
        return `if (${x}.length > ${Number(r)}) return false;`;
      case 'min_value':
        if (typeof r !== 'number') break;
        return `if (${x} < ${r}) return false;`;
      case 'max_value':
        if (typeof r !== 'number') break;
        return `if (${x} > ${r}) return false;`;
      case 'integer':
        return `if (!Number.isInteger(${x})) return false;`;
      case 'finite':
        return `if (!Number.isFinite(${x})) return false;`;
      case 'regex':
      case 'iso_date':
        // valibot tests with the same RegExp (none of the kit's has the `g` or `y` flag, which would keep state)
        if (!(r instanceof RegExp) || r.global || r.sticky) break;
        return `if (!${this.constant(String(r))}.test(${x})) return false;`;
    }
    throw new Unsupported(`${item.kind} ${item.type}`);
  }
}

/** The source of src/data/fast-checks.generated.ts, formatted. */
export async function generate(): Promise<string> {
  const constants: string[] = [];
  const checks: string[] = [];
  for (const [name, schema] of Object.entries(CHECKS)) {
    try {
      const body = new Emitter(constants).node(schema as unknown as Node, 'x');
      checks.push(`${name}(x: any): boolean { ${body} return true; },`);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      // valibot alone checks this dataset: slower, never laxer
      console.warn(`[fast-checks] ${name}: no fast path (${e.message})`);
    }
  }
  const source = `// Generated by scripts/fast-checks.ts from src/data/schema.ts: do not edit.
/* eslint-disable */
import type { DatasetName } from './schema.js';

${constants.map((code, i) => `const C${i} = ${code};`).join('\n')}

/** Per schema: true when valibot would accept a value and give it back unchanged. */
export const FAST_CHECKS: Partial<Record<${[
    'DatasetName',
    ...Object.keys(CHECKS)
      .filter((k) => !(k in RECORD_SCHEMAS))
      .map((k) => `'${k}'`),
  ].join(' | ')}, (x: unknown) => boolean>> = {
  ${checks.join('\n')}
};
`;
  return format(source, { ...(await resolveConfig(OUT)), filepath: OUT });
}

/** `node scripts/run-ts.mjs scripts/fast-checks.ts`: writes the file when it changed. */
export async function main(): Promise<number> {
  const source = await generate();
  let old = '';
  try {
    old = readFileSync(OUT, 'utf8');
  } catch {
    // not there yet
  }
  if (old !== source) writeFileSync(OUT, source);
  console.log(`[fast-checks] ${old === source ? 'unchanged' : 'written'}: src/data/fast-checks.generated.ts`);
  return 0;
}
