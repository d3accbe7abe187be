/** Offline execution (DESIGN.md 1.5): outputs simulated from a function's `returns` schema, consistent across turns. */
export { simulateOutput, type SimulateContext } from "./simulate-output";
export { typeAccepts } from "./value-fits";
