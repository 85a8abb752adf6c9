// How the map shows a comparison of two days (mapTime.ts): ties gained in a thick green,
// ties lost in long dashes of a muted brick red (agreements, red and short-dashed, step back
// while comparing), stakeholders new since the earlier day ringed in the
// gained green. Two cues each (colour and thickness, colour and dashes), and both colours stay
// apart from each other and from every line colour of mapPalette.ts with full colour vision
// and with deuteranopia or protanopia (mapTimeLooks.test.ts measures it).

export const TIE_GAINED_COLOUR = '#44bb77';
export const TIE_LOST_COLOUR = '#bb6655';
export const TIE_GAINED_WIDTH = 6;
export const TIE_LOST_WIDTH = 4;
/** Long dashes: agreements and some relationship types are dashed short (mapPalette.ts). */
export const TIE_LOST_DASH = [14, 5] as const;
