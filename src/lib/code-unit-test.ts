/**
 * Whether a UTF-16 code unit, alone, matches a regular expression, answered from a table
 * filled in as units are met (0 not yet known, 1 yes, 2 no): scanning loops ask it of every
 * character, where running the expression each time would cost far more than a look-up.
 * `codeUnitTest(/\s/u)(0x20)` → `true`
 */
export function codeUnitTest(expression: RegExp): (unit: number) => boolean {
  const known = new Uint8Array(0x10000);
  return (unit) => {
    let answer = known[unit];
    if (answer === 0) {
      expression.lastIndex = 0; // a global or sticky expression starts where it last stopped
      answer = known[unit] = expression.test(String.fromCharCode(unit)) ? 1 : 2;
    }
    return answer === 1;
  };
}
