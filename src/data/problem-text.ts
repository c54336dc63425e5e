/**
 * The words for data problems (`messages.ts`, nl and en) are the largest text of the kit
 * and needed only when something is wrong: they load on the first problem, never on a
 * page whose data is fine. Until they are here (or if they cannot load), a problem reads
 * as where it is and its code.
 */
import type { Lang } from '../i18n/locale.js';
import type { DataProblem } from './validate.js';

let describe: ((problem: DataProblem, lang: Lang) => string) | undefined;
let loading: Promise<void> | undefined;

/** Loads the problem texts once; resolves (never rejects) when they are here or could not load. */
export function loadProblemTexts(): Promise<void> {
  return (loading ??= import('./messages.js').then(
    (m) => void (describe = m.describeProblem),
    () => void (loading = undefined), // another try on the next problem
  ));
}

/** One line naming file, record, field and problem. */
export function problemText(problem: DataProblem, lang: Lang): string {
  if (describe) return describe(problem, lang);
  const record = problem.index === undefined ? '' : ` #${problem.index + 1}${problem.id ? ` (${problem.id})` : ''}`;
  return `${problem.file}${record}${problem.path ? ` ${problem.path}` : ''}: ${problem.code}`;
}
