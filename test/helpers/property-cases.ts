import { openCase } from "../../src/cases/open-case.js";

/** Two flip-flop-coupled qubits between two bosonic baths (paper 000). */
export const flipflop = openCase("flipflop-qubits");

/** Two dipole-coupled qubits between two bosonic baths at different temperatures (paper 001). */
export const bosonic = openCase("zhang-wang-bosonic");

/** A double quantum dot between two fermionic leads at different chemical potentials (paper 001). */
export const fermionic = openCase("zhang-wang-fermionic");

/** An autonomous two-qubit thermal machine with a strong symmetry (paper 002). */
export const longstaff = openCase("longstaff-machine");

/** Two fermionic modes between uniform tight-binding leads, exactly solvable (paper 004). */
export const newns = openCase("newns-double-dot");
