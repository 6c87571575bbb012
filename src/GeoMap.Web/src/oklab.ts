// OKLab (Björn Ottosson's perceptual colour space) and its polar form OKLCH: how far apart two colours look, and colours
// made at a chosen lightness, chroma and hue. The twin of GeoMap.Rendering's Styling/Oklab.cs: the actor colours both
// make must be the same to the last bit (data/style/actor-colours.cases.json), so keep the constants and the order of
// operations alike.

/** A colour in OKLab: lightness, and the green-red and blue-yellow axes. */
export type Lab = readonly [number, number, number];

function decode(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

function encode(linear: number): number {
  const c = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
  return Math.round(Math.min(1, Math.max(0, c)) * 255);
}

// x * x * x, not x ** 3: Math.pow may round otherwise than .NET's, and the twins must agree.
function cube(x: number): number {
  return x * x * x;
}

/** A colour '#rrggbb' in OKLab. */
export function labOf(hex: string): Lab {
  const r = decode(parseInt(hex.slice(1, 3), 16));
  const g = decode(parseInt(hex.slice(3, 5), 16));
  const b = decode(parseInt(hex.slice(5, 7), 16));
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** Euclidean distance in OKLab: about 0.02 is the least difference seen side by side. */
export function distance(x: Lab, y: Lab): number {
  const dl = x[0] - y[0];
  const da = x[1] - y[1];
  const db = x[2] - y[2];
  return Math.sqrt(dl * dl + da * da + db * db);
}

/**
 * The colour '#rrggbb' of OKLCH lightness, chroma and hue (degrees); its chroma lowered by 0.005 at a time until it is
 * a colour sRGB can show (a grey at worst).
 */
export function fromLch(lightness: number, chroma: number, hue: number): string {
  const h = (hue * Math.PI) / 180;
  for (let c = chroma; ; c = Math.max(0, c - 0.005)) {
    const a = c * Math.cos(h);
    const b = c * Math.sin(h);
    const l = cube(lightness + 0.3963377774 * a + 0.2158037573 * b);
    const m = cube(lightness - 0.1055613458 * a - 0.0638541728 * b);
    const s = cube(lightness - 0.0894841775 * a - 1.291485548 * b);
    const rgb = [
      4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
      -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
      -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
    ];
    if (c === 0 || rgb.every((v) => v >= 0 && v <= 1)) return `#${rgb.map((v) => encode(v).toString(16).padStart(2, '0')).join('')}`;
  }
}
