/**
 * A fast path for records that are valid, derived from the one valibot schema.
 *
 * Checking 10,000 initiatives with valibot itself takes about as long as parsing their JSON,
 * and most of that is the bookkeeping it does to report problems (a dataset object per field,
 * issue paths) plus the garbage it leaves. Almost every published record is valid, so the
 * kit first tries a checker compiled once from the same schema objects (their `type`,
 * `requirement`, `options`, `default`), which allocates only the output; only a record it
 * rejects goes through valibot, which then reports its problems exactly as before.
 *
 * It understands the schema pieces the kit uses. Any other piece makes `compileFast` return
 * undefined, and that dataset is checked by valibot alone: a schema change can make the kit
 * slower, never laxer. `fast-check.test.ts` checks that both agree on every record.
 */
import type * as v from 'valibot';

/** What a compiled check returns for an invalid record. */
export const INVALID: unique symbol = Symbol('invalid');

export type FastCheck = (input: unknown) => unknown;

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

type Check = (input: unknown) => unknown;

const isNumber = (x: unknown): x is number => typeof x === 'number' && !Number.isNaN(x);

/** The checks of one validation action on an already typed value, or undefined when unknown. */
function validation(node: Node): ((value: never) => boolean) | undefined {
  const r = node.requirement;
  switch (node.type) {
    case 'min_length':
      return (x: { length: number }) => x.length >= (r as number);
    case 'max_length':
      return (x: { length: number }) => x.length <= (r as number);
    case 'min_value':
      return typeof r === 'number' ? (x: number) => x >= r : undefined;
    case 'max_value':
      return typeof r === 'number' ? (x: number) => x <= r : undefined;
    case 'integer':
      return (x: number) => Number.isInteger(x);
    case 'finite':
      return (x: number) => Number.isFinite(x);
    case 'regex':
    case 'iso_date':
      // valibot tests with the same RegExp object (none of the kit's has the `g` flag).
      return r instanceof RegExp && !r.global && !r.sticky ? (x: string) => r.test(x) : undefined;
    default:
      return undefined;
  }
}

function compilePipe(pipe: Node[]): Check | undefined {
  const steps: Check[] = [];
  for (const item of pipe) {
    if (item.kind === 'metadata') continue;
    if (item.kind === 'schema') {
      const step = compileNode(item);
      if (!step) return undefined;
      steps.push(step);
    } else if (item.kind === 'validation') {
      const ok = validation(item);
      if (!ok) return undefined;
      steps.push((x) => (ok(x as never) ? x : INVALID));
    } else if (item.kind === 'transformation' && item.type === 'trim') {
      steps.push((x) => (x as string).trim());
    } else return undefined;
  }
  if (steps.length === 1) return steps[0];
  return (input) => {
    let value = input;
    for (let i = 0; i < steps.length && value !== INVALID; i++) value = steps[i](value);
    return value;
  };
}

function compileNode(node: Node): Check | undefined {
  // A piped schema copies its first item's properties; `pipe[0]` is that item itself.
  if (node.pipe) return compilePipe(node.pipe);
  switch (node.type) {
    case 'string':
      return (x) => (typeof x === 'string' ? x : INVALID);
    case 'number':
      return (x) => (isNumber(x) ? x : INVALID);
    case 'boolean':
      return (x) => (typeof x === 'boolean' ? x : INVALID);
    case 'unknown':
      return (x) => x;
    case 'literal':
      return (x) => (x === node.literal ? x : INVALID);
    case 'picklist': {
      const options = node.options!;
      return (x) => (options.includes(x) ? x : INVALID);
    }
    case 'optional': {
      const wrapped = compileNode(node.wrapped!);
      if (!wrapped) return undefined;
      const fallback = node.default;
      return (x) => {
        const value = x === undefined && fallback !== undefined ? (typeof fallback === 'function' ? fallback() : fallback) : x;
        return value === undefined ? undefined : wrapped(value);
      };
    }
    case 'array': {
      const item = compileNode(node.item!);
      if (!item) return undefined;
      return (x) => {
        if (!Array.isArray(x)) return INVALID;
        const out = new Array(x.length);
        for (let i = 0; i < x.length; i++) if ((out[i] = item(x[i])) === INVALID) return INVALID;
        return out;
      };
    }
    case 'object': {
      const keys = Object.keys(node.entries!);
      const schemas = keys.map((key) => node.entries![key]);
      const checks = schemas.map(compileNode);
      if (checks.some((c) => !c)) return undefined;
      // 0: required; 1: optional without a default (left out when absent); 2: optional with one.
      const modes = schemas.map((e) => (e.type !== 'optional' ? 0 : e.default === undefined ? 1 : 2));
      return (x) => {
        if (!x || typeof x !== 'object') return INVALID;
        const input = x as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const present = key in input;
          if (!present && modes[i] !== 2) {
            if (modes[i] === 1) continue;
            return INVALID;
          }
          const value = checks[i]!(present ? input[key] : undefined);
          if (value === INVALID) return INVALID;
          out[key] = value;
        }
        return out;
      };
    }
    default:
      return undefined;
  }
}

/** A fast check of `schema`'s valid inputs (their output, or INVALID), or undefined when the schema uses pieces it does not know. */
export function compileFast(schema: v.GenericSchema): FastCheck | undefined {
  return compileNode(schema as unknown as Node);
}
