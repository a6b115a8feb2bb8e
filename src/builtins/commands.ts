import borderlines from "../papers/000-leggett-garg/borderlines-command.js";
import lgi from "../papers/000-leggett-garg/lgi-command.js";
import type { CommandPlugin } from "../plugins/command.js";

/** The commands the papers' rooms add to the command line (after the suite's own). */
export const PAPER_COMMANDS: readonly CommandPlugin[] = [lgi, borderlines];
