/**
 * The `trajectories` a case declares: the schema and the case's own checks name the file and the field
 * of anything wrong (the times as `evolve --times`, at most MAX_TRAJECTORY_POINTS; operator strings of
 * the system; unique ids), so that a case that loads can be evolved.
 */
import { describe, expect, it } from "vitest";
import { prepareCase } from "../../src/cases/build-problem.js";
import { validateCaseShape } from "../../src/cases/schema-errors.js";
import { MAX_TRAJECTORY_POINTS } from "../../src/cases/schema.js";
import { InputError } from "../../src/input-error.js";
import { flipflopDocument } from "./case-fixtures.js";

const FILE = "cases/flipflop-qubits.yaml";

/** The message preparing flipflop-qubits gives after `edit` (an InputError, or none). */
// documents are edited freely, field by field
function messageAfter(edit: (document: any) => void): string | undefined {
  const document = flipflopDocument();
  edit(document);
  try {
    prepareCase(validateCaseShape(document, FILE), FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  return undefined;
}

describe("case trajectories", () => {
  it("loads the declared trajectory of flipflop-qubits", () => {
    const [trajectory] = flipflopDocument().trajectories;
    expect(trajectory).toMatchObject({
      id: "excitation-hopping",
      initial: "up,down",
      observables: ["n0", "n1"],
    });
    expect(messageAfter(() => {})).toBeUndefined();
  });

  it.each([
    [
      "an unknown field",
      (d: any) => (d.trajectories[0].time = "0:1:2"),
      /^cases\/flipflop-qubits\.yaml: trajectories\[0\]\.time: expected one of the fields id, title, description, initial, times, observables, engines, set/,
    ],
    [
      "no observables",
      (d: any) => (d.trajectories[0].observables = []),
      /^cases\/flipflop-qubits\.yaml: trajectories\[0\]\.observables: expected at least one operator string/,
    ],
    [
      "times that are not from:to:points",
      (d: any) => (d.trajectories[0].times = "0-30"),
      /^cases\/flipflop-qubits\.yaml: trajectories\[0\]\.times: expected from:to:points, optionally :log \(e\.g\. 0:20:1001\), got "0-30"$/,
    ],
    [
      "times running backwards",
      (d: any) => (d.trajectories[0].times = "5:1:10"),
      /trajectories\[0\]\.times: expected times 0 ≤ from ≤ to, got "5:1:10"/,
    ],
    [
      "a log grid from 0",
      (d: any) => (d.trajectories[0].times = "0:30:20:log"),
      /trajectories\[0\]\.times: expected from > 0 on a log scale/,
    ],
    [
      "more times than the report embeds",
      (d: any) => (d.trajectories[0].times = `0:30:${MAX_TRAJECTORY_POINTS + 1}`),
      new RegExp(
        `trajectories\\[0\\]\\.times: expected at most ${MAX_TRAJECTORY_POINTS} points \\(the report embeds every point of every engine\\), got ${MAX_TRAJECTORY_POINTS + 1} points`,
      ),
    ],
    [
      "an operator on a site the system lacks",
      (d: any) => (d.trajectories[0].observables = ["n0", "n2"]),
      /^cases\/flipflop-qubits\.yaml: trajectories\[0\]\.observables\[1\]: .*n2/,
    ],
    [
      "a factor no site has",
      (d: any) => (d.trajectories[0].observables = ["Q0"]),
      /trajectories\[0\]\.observables\[0\]: .*Q0/,
    ],
    [
      "two trajectories with one id",
      (d: any) => d.trajectories.push({ ...d.trajectories[0] }),
      /trajectories\[1\]\.id: expected an id not used before, got "excitation-hopping", already the id of trajectories\[0\]/,
    ],
    [
      "parameters that break a constraint of the case",
      (d: any) => (d.trajectories[0].set = { dT: 5 }),
      /^cases\/flipflop-qubits\.yaml: trajectories\[0\]\.set: the case is invalid at these parameters: constraints\[0\]: .*got T1 = 3\.6, T2 = -1\.4 at dT=5$/,
    ],
  ])("names the file and the field for %s", (_name, edit, message) => {
    expect(messageAfter(edit)).toMatch(message);
  });
});
