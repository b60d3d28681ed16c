const WHITE_SPACE = /\s/u;
// Whether a code unit is white space as `\s` says, filled in as units are met: 0 not yet
// known, 1 yes, 2 no. No white space lies outside the Basic Multilingual Plane.
const whiteUnits = new Uint8Array(0x10000);

/**
 * True when a UTF-16 code unit is white space as the regular expression `\s` (and `trim`)
 * has it: asked of the expression once per unit and kept, as scanning loops ask it per character.
 */
export function isWhiteSpace(unit: number): boolean {
  let known = whiteUnits[unit];
  if (known === 0) known = whiteUnits[unit] = WHITE_SPACE.test(String.fromCharCode(unit)) ? 1 : 2;
  return known === 1;
}
