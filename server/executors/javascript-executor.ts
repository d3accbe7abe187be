import type { FunctionSpec } from "../pipeline/schemas/function-spec";
import type { ExecutionState, Executor } from "./types";

export type ToolArguments = Readonly<Record<string, unknown>>;
/** One function of a toolkit over its per-session state; throwing means the call failed (reported as `{error}`). */
export type ToolFunction<S> = (state: S, args: ToolArguments) => unknown;

/** A toolkit implemented in JavaScript: the functions of one catalog toolkit (FunctionSpec.toolkit). */
export interface Toolkit {
  readonly name: string;
  readonly functionNames: readonly string[];
  run(functionName: string, args: ToolArguments, state: ExecutionState): unknown;
}

/** Binds functions to a state type; each session gets its own state from `createState`. */
export function defineToolkit<S>(name: string, createState: () => S, functions: Readonly<Record<string, ToolFunction<S>>>): Toolkit {
  return {
    name,
    functionNames: Object.keys(functions),
    run(functionName, args, state) {
      const implementation = functions[functionName];
      if (implementation === undefined) return { error: `${functionName}: not implemented by toolkit ${name}` };
      try {
        return implementation(state.stateOf(`javascript:${name}`, createState), args);
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

const implements_ = (toolkit: Toolkit, spec: FunctionSpec): boolean => toolkit.name === spec.toolkit && toolkit.functionNames.includes(spec.name);

/** Functions of the registered toolkits execute for real, with state per session. */
export function createJavaScriptExecutor(toolkits: readonly Toolkit[]): Executor {
  return {
    kind: "javascript",
    handles: (spec) => toolkits.some((toolkit) => implements_(toolkit, spec)),
    async execute(call, spec, state) {
      const toolkit = toolkits.find((candidate) => implements_(candidate, spec));
      if (toolkit === undefined) return { error: `${spec.name}: no JavaScript toolkit ${spec.toolkit}` };
      return toolkit.run(spec.name, call.arguments, state);
    },
  };
}
