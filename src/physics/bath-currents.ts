/** Energy, particle and heat current out of one bath into the system (DESIGN.md sign convention). */
export interface BathCurrents {
  energy: number;
  particle: number;
  heat: number;
}
