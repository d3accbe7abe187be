export { operationContext } from "./operation-context";
export { samplePaths } from "./sample-paths";
export { sampleSettings, type SampleSettings, type SampleSettingsInput } from "./sample-settings";
