import type { ParseProblem, ProblemCode } from './survey-import.types';

type ProblemLocation = Pick<ParseProblem, 'line' | 'questionNumber' | 'column' | 'cell'>;

export function errorProblem(code: ProblemCode, message: string, at: ProblemLocation = {}): ParseProblem {
  return { severity: 'error', code, message, ...withoutUndefined(at) };
}

export function warningProblem(code: ProblemCode, message: string, at: ProblemLocation = {}): ParseProblem {
  return { severity: 'warning', code, message, ...withoutUndefined(at) };
}

/** True when the result must not be saved: at least one problem is an `error`. */
export function hasBlockingProblems(result: { problems: readonly ParseProblem[] }): boolean {
  return result.problems.some((problem) => problem.severity === 'error');
}

function withoutUndefined(at: ProblemLocation): ProblemLocation {
  return Object.fromEntries(Object.entries(at).filter(([, value]) => value !== undefined));
}
