import { formatNumber } from "./format-number.js";

/**
 * The colour scale of a heat map of log10 of a deviation (validity maps): one colour per decade, with
 * the decade boundaries labelled as deviations (`1 %`, `10 %`, `100 %` for a relative one), so that
 * where an approximation is off by 100 % or more stands out instead of sitting at the neutral centre
 * of a diverging scale. Sequential YlOrBr (ColorBrewer), readable with colour-vision deficiencies.
 */

const DECADE_COLORS = [
  "#FFFFE5",
  "#FFF7BC",
  "#FEE391",
  "#FEC44F",
  "#FB9A29",
  "#EC7014",
  "#CC4C02",
  "#993404",
  "#662506",
];

/** The lowest decade boundary drawn: smaller deviations share the palest colour. */
const LOWEST_DECADE = -(DECADE_COLORS.length - 2);

export interface DecadeScale {
  /** The title of the colour key: the colour label without `log10`. */
  title: string;
  /** Thresholds on log10 of the deviation (…, −2, −1, 0): the last bin is "≥ 100 %" (or ≥ 1). */
  thresholds: number[];
  /** One colour per bin, thresholds.length + 1 of them, palest first. */
  colors: string[];
  /** One label per bin, e.g. `< 0.01 %`, `1 – 10 %`, `≥ 100 %`. */
  labels: string[];
}

/** True for a colour label that says the values are log10 of something (`log10 relative deviation …`). */
export function isLog10Label(colorLabel: string): boolean {
  return /^log10\s/i.test(colorLabel);
}

/**
 * The decade scale for values of log10 of a deviation from `zMin` up. The top threshold is always 0
 * (a deviation of 1, or 100 % when the label says `relative`), the lowest the first decade above zMin
 * (at least 10⁻⁷).
 */
export function decadeScale(colorLabel: string, zMin: number): DecadeScale {
  if (!Number.isFinite(zMin)) {
    throw new RangeError(`invalid argument. zMin must be finite. Value: ${zMin}.`);
  }
  const relative = /relative/i.test(colorLabel);
  const lowest = Math.max(LOWEST_DECADE, Math.min(0, Math.ceil(zMin)));
  const thresholds: number[] = [];
  for (let k = lowest; k <= 0; k++) thresholds.push(k);
  const text = (k: number) => (relative ? `${formatNumber(10 ** (k + 2), 1)} %` : formatNumber(10 ** k, 1));
  const labels = [
    `< ${text(thresholds[0])}`,
    ...thresholds.slice(1).map((k, i) => `${text(thresholds[i])} – ${text(k)}`),
    `≥ ${text(0)}`,
  ];
  return {
    title: colorLabel.replace(/^log10\s+/i, ""),
    thresholds,
    colors: DECADE_COLORS.slice(DECADE_COLORS.length - thresholds.length - 1),
    labels,
  };
}
