import { defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { linearPoints } from "../../runner/sweep.js";
import { bellEngines, solvePlans, valueOrGap } from "../001-entanglement-nonlocality/bell-sweep.js";

/** Collective dephasing intensities γc of the curves (the arrow of Fig. 3 points along growing γc). */
const COLLECTIVE = [0, 2e-4, 5e-4, 1e-3, 1e-2];
/** Fig. 3: χ1 = 0.005, χ2 = 0.015, T2 = 0.3g, γl = 1e-4 on each qubit. */
const SET = { chi1: 0.005, chi2: 0.015, T2: 0.3, gl1: 1e-4, gl2: 1e-4 };

/**
 * Paper 002 Fig. 3: Bell parameter B of the unique steady state with dephasing (eq. (28)) against T1/g at
 * T2 = 0.3g for growing collective noise γc: collective noise makes Bell nonlocality possible (eq. (29),
 * condition (30)); two spin baths (top) and two bosonic baths (bottom).
 */
export default defineFigure({
  id: "paper-002-fig3",
  title: "Collective noise can boost steady-state Bell nonlocality",
  source: "002_2a2ed7907f7a4e96.txt Fig. 3, eqs. (28)-(30)",
  description:
    "Horodecki CHSH maximum B of the unique steady state against T1/g at T2 = 0.3g, local dephasing γl = 1e-4 " +
    "on each qubit and collective dephasing γc from 0 to 1e-2, χ1 = 0.005, χ2 = 0.015; spin baths (a) and " +
    "bosonic baths (b). Series: engine and γc.",
  async compute(context) {
    const xs = linearPoints(0.3, 3, 28);
    const panels = [
      { label: "(a) two spin baths", stats: "spin" },
      { label: "(b) two bosonic baths", stats: "boson" },
    ];
    const plans = panels.flatMap((panel) =>
      COLLECTIVE.map((gc) => {
        const set = { ...SET, gc, stats1: panel.stats, stats2: panel.stats };
        return { parameter: "T1", xs, engines: bellEngines(context, set), set };
      }),
    );
    const solved = await solvePlans(context, plans);
    const charts: LineChartSpec[] = panels.map((panel, k) => ({
      kind: "line",
      title: `${panel.label}, T2 = 0.3g`,
      xLabel: "T1/g",
      yLabel: "B (Horodecki CHSH maximum)",
      legendTitle: "engine, γc",
      series: COLLECTIVE.flatMap((gc, j) =>
        Object.entries(solved[k * COLLECTIVE.length + j]).map(([engine, points]) => ({
          name: `${engine}, γc = ${gc}`,
          x: xs,
          y: points.map((p) => valueOrGap(p, (q) => q.chsh)),
        })),
      ),
    }));
    return { charts };
  },
});
