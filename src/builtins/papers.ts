import { paper000 } from "../papers/000-leggett-garg/index.js";
import { paper001 } from "../papers/001-entanglement-nonlocality/index.js";
import { paper002 } from "../papers/002-thermal-machine/index.js";
import { paper003 } from "../papers/003-spin-chain-temperature/index.js";
import { paper004 } from "../papers/004-newns-exact/index.js";
import type { PaperRoom } from "../plugins/paper.js";

/** The papers the suite reproduces, each with its figures, properties and commands. */
export const PAPERS: readonly PaperRoom[] = [paper000, paper001, paper002, paper003, paper004];
