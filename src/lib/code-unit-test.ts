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

// What `codeUnitMap`'s table holds for a unit not yet asked: a value no map gives.
const NOT_ASKED = -0x80000000;

/**
 * A whole-number function of a UTF-16 code unit answered from a table filled in as units are
 * met, as `codeUnitTest` answers an expression: `map` runs once per unit, and must give a
 * 32-bit integer other than −2³¹. `codeUnitMap((unit) => unit + 1)(0x41)` → 0x42
 */
export function codeUnitMap(map: (unit: number) => number): (unit: number) => number {
  const known = new Int32Array(0x10000).fill(NOT_ASKED);
  return (unit) => {
    const answer = known[unit];
    return answer === NOT_ASKED ? (known[unit] = map(unit)) : answer;
  };
}
