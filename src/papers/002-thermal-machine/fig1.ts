import { horodeckiChshMaximum } from "../../measures/chsh.js";
import { gibbsState } from "../../physics/gibbs-state.js";
import { defineFigure } from "../../plugins/figure.js";
import { logPoints } from "../../runner/sweep.js";
import { bellEngines, solvePlans, valueOrGap } from "../001-entanglement-nonlocality/bell-sweep.js";

/** τ = 1/(2 ln(1 + √2)): the thermal state is Bell local from T = τg on (002_2a2ed7907f7a4e96.txt Sec. 4). */
const TAU = 1 / (2 * Math.log(1 + Math.SQRT2));

/**
 * Paper 002 Fig. 1: maximal CHSH value B against T/g (both baths at T) for the steady state reached from
 * |x+ x+⟩ (μ = 1, eq. (25)) and for the thermal state (eq. (33)), which becomes local at T = τg.
 */
export default defineFigure({
  id: "paper-002-fig1",
  title: "Bell parameter of the μ = 1 steady state and of the thermal state",
  source: "002_2a2ed7907f7a4e96.txt Fig. 1, eqs. (25), (33)",
  description:
    "Horodecki CHSH maximum B against T/g with both spin baths at T: the nonequilibrium steady state reached " +
    "from |x+ x+⟩ (μ = 1) stays Bell nonlocal at every temperature (eq. (25)), while the Gibbs state of H_S " +
    "crosses B = 2 at T = τg, τ = 1/(2 ln(1+√2)) (eq. (33)).",
  async compute(context) {
    const xs = logPoints(0.05, 20, 41);
    const engines = bellEngines(context);
    const [equal] = await solvePlans(context, [
      { parameter: ["T1", "T2"], xs, engines, set: {}, initial: "x+,x+" },
    ]);
    const hamiltonian = context.prepared.problemAt({}, "figure").hamiltonian.dense();
    return {
      charts: [
        {
          kind: "line",
          title: "B against T/g (μ = 1 steady state and thermal state)",
          xLabel: "T/g",
          yLabel: "B (Horodecki CHSH maximum)",
          logX: true,
          series: [
            ...Object.entries(equal).map(([engine, points]) => ({
              name: engine,
              x: xs,
              y: points.map((p) => valueOrGap(p, (q) => q.chsh)),
            })),
            {
              name: "thermal state (eq. 33)",
              x: xs,
              y: xs.map((T) => horodeckiChshMaximum(gibbsState(hamiltonian, T))),
            },
          ],
          marks: [{ x: TAU, label: "T = τg" }],
        },
      ],
    };
  },
});
