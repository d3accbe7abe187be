/** A share or a kappa for people: two decimals, or a dash where it is not defined. */
export const figure = (value: number | null): string => (value === null ? "—" : value.toFixed(2));
export const percent = (value: number | null): string => (value === null ? "—" : `${Math.round(value * 100)} %`);
