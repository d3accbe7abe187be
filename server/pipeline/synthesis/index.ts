export { synthesizePath, type SynthesisOptions } from "./synthesize-path";
