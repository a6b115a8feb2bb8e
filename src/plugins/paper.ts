import type { Figure } from "./figure.js";
import type { Property } from "./property.js";

/**
 * Everything the suite takes from one source paper, in one room (src/papers/<paper>/): the figures it
 * reproduces and the paper-specific properties (claims checked where a case invokes them); its commands
 * live in the same folder and are listed in src/builtins/commands.ts. The paper's cases (cases/*.yaml)
 * name the figures and properties they use.
 */
export interface PaperRoom {
  /** The paper's file in the papers folder, e.g. 000_47becd3a7196453b.txt. */
  paper: string;
  /** One line: what the paper is about. */
  title: string;
  figures: readonly Figure[];
  properties: readonly Property[];
}
