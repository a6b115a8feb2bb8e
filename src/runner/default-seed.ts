/** The seed of a run's randomised checks unless `--seed` gives another (results are the same for a seed). */
export const DEFAULT_SEED = 20261123;
