// How far apart two colours look: CIEDE2000 in CIELAB (D65), and the same after simulating
// a colour-vision deficiency (Machado, Oliveira & Fernandes 2009, severity 1), so the map's
// palette can be checked for pairs that people cannot tell apart.

type Rgb = readonly [r: number, g: number, b: number];
type Lab = readonly [l: number, a: number, b: number];
type Matrix = readonly [Rgb, Rgb, Rgb];

export function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const value = parseInt(match[1]!, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const toLinear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
};

const multiply = (matrix: Matrix, [r, g, b]: Rgb): Rgb =>
  matrix.map((row) => row[0] * r + row[1] * g + row[2] * b) as unknown as Rgb;

const LINEAR_TO_XYZ: Matrix = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
];
const WHITE: Rgb = [0.95047, 1, 1.08883];

function linearToLab(linear: Rgb): Lab {
  const xyz = multiply(LINEAR_TO_XYZ, linear);
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const [fx, fy, fz] = xyz.map((value, index) => f(value / WHITE[index]!)) as unknown as Rgb;
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

export const DEFICIENCIES = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
} as const satisfies Record<string, Matrix>;
export type Deficiency = keyof typeof DEFICIENCIES;

/** The colour in CIELAB, as seen with full colour vision or with the given deficiency. */
export function toLab(hex: string, deficiency?: Deficiency): Lab {
  const linear = hexToRgb(hex).map(toLinear) as unknown as Rgb;
  const seen = deficiency ? multiply(DEFICIENCIES[deficiency], linear) : linear;
  return linearToLab(seen.map((channel) => Math.min(1, Math.max(0, channel))) as unknown as Rgb);
}

const degrees = (radians: number) => (radians * 180) / Math.PI;
const radians = (value: number) => (value * Math.PI) / 180;

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005). About 2 is just noticeable; 10 is clearly different. */
export function ciede2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(Math.pow(meanC, 7) / (Math.pow(meanC, 7) + Math.pow(25, 7))));
  const [ap1, ap2] = [a1 * (1 + g), a2 * (1 + g)];
  const [c1, c2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)];
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (degrees(Math.atan2(b, a)) + 360) % 360);
  const [h1, h2] = [hue(b1, ap1), hue(b2, ap2)];
  const deltaL = l2 - l1;
  const deltaC = c2 - c1;
  let deltaH = 0;
  if (c1 * c2 !== 0) deltaH = h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
  const deltaBigH = 2 * Math.sqrt(c1 * c2) * Math.sin(radians(deltaH / 2));
  const meanL = (l1 + l2) / 2;
  const meanCp = (c1 + c2) / 2;
  let meanH = h1 + h2;
  if (c1 * c2 !== 0) meanH = Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2;
  const t =
    1 -
    0.17 * Math.cos(radians(meanH - 30)) +
    0.24 * Math.cos(radians(2 * meanH)) +
    0.32 * Math.cos(radians(3 * meanH + 6)) -
    0.2 * Math.cos(radians(4 * meanH - 63));
  const sl = 1 + (0.015 * Math.pow(meanL - 50, 2)) / Math.sqrt(20 + Math.pow(meanL - 50, 2));
  const sc = 1 + 0.045 * meanCp;
  const sh = 1 + 0.015 * meanCp * t;
  const rt =
    -2 *
    Math.sqrt(Math.pow(meanCp, 7) / (Math.pow(meanCp, 7) + Math.pow(25, 7))) *
    Math.sin(radians(60 * Math.exp(-Math.pow((meanH - 275) / 25, 2))));
  return Math.sqrt(
    Math.pow(deltaL / sl, 2) +
      Math.pow(deltaC / sc, 2) +
      Math.pow(deltaBigH / sh, 2) +
      rt * (deltaC / sc) * (deltaBigH / sh),
  );
}

/** The two colours of a list that look most alike, and how far apart they are. */
export function closestPair(
  colours: readonly string[],
  deficiency?: Deficiency,
): { first: string; second: string; distance: number } {
  let closest = { first: '', second: '', distance: Infinity };
  const labs = colours.map((colour) => toLab(colour, deficiency));
  labs.forEach((lab, index) => {
    for (let other = index + 1; other < labs.length; other += 1) {
      const distance = ciede2000(lab, labs[other]!);
      if (distance < closest.distance) closest = { first: colours[index]!, second: colours[other]!, distance };
    }
  });
  return closest;
}
