import { InvalidArgumentError, Option } from "commander";
import { catalogFormats } from "../pipeline/schemas/function-spec";

export function integerOption(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}

export function probabilityOption(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1 || value.trim() === "") throw new InvalidArgumentError("expected a probability from 0 to 1");
  return n;
}

export const seedOption = () => new Option("--seed <n>", "random seed (same seed, same output)").argParser(integerOption(0, 2 ** 32 - 1)).default(1);

export const formatOption = () =>
  new Option("--format <format>", "catalog format instead of detecting it").choices([...catalogFormats]);
