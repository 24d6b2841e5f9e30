/**
 * Okabe–Ito colours: told apart with every common colour-vision deficiency. Series also differ by
 * shape or dash, so colour is never the only cue.
 */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  yellow: '#F0E442',
  black: '#000000',
} as const;

/** Series colours in order of use. */
export const SERIES_COLOURS = [
  PALETTE.blue,
  PALETTE.orange,
  PALETTE.bluishGreen,
  PALETTE.vermillion,
  PALETTE.reddishPurple,
  PALETTE.skyBlue,
];
