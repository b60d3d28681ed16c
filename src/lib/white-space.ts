import { codeUnitTest } from './code-unit-test.ts';

/**
 * True when a UTF-16 code unit is white space as the regular expression `\s` (and `trim`)
 * has it. No white space lies outside the Basic Multilingual Plane.
 */
export const isWhiteSpace = codeUnitTest(/\s/u);
