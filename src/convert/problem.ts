/** Something wrong with a seed: an error stops the conversion, a warning is reported and passes. */
export interface Problem {
  severity: 'error' | 'warning';
  message: string;
  /** 1-based line in the seed, when the problem sits on one line. */
  line?: number;
  /** How to fix it, in a few words. */
  hint?: string;
}

/** Builds an error. */
export function error(message: string, line?: number, hint?: string): Problem {
  return { severity: 'error', message, line, hint };
}

/** Builds a warning. */
export function warning(message: string, line?: number, hint?: string): Problem {
  return { severity: 'warning', message, line, hint };
}

/** True when any of the problems is an error. */
export function hasError(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
