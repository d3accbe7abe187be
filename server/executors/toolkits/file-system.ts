import { defineToolkit, type ToolArguments, type ToolFunction } from "../javascript-executor";
import { buildDirectory, copyNode, pathOf, SAMPLE_ROOT, SAMPLE_TREE, sizeOf, splitLines, type DirectoryNode, type DirectorySpec, type FileNode } from "./file-tree";

/**
 * BFCL's `gorilla_file_system` class in TypeScript: the same functions, answers with exactly the fields
 * of the function docs, and errors as the class words them (`{"error": "cd: x: No such directory…"}`).
 * Differences from the Python class, where it would crash or answer less than its docs promise: cd
 * answers the full path (the docs say "path"), find accepts absolute paths, cp and mv copy folders
 * deeply, and diff also lists lines only one file has.
 */
export const FILE_SYSTEM_TOOLKIT = "gorilla_file_system";

export interface FileSystemState {
  root: DirectoryNode;
  cwd: DirectoryNode;
}

type Output = Record<string, unknown>;

const INVALID_NAME = /[|/\\?%*:"><]/;

function text(command: string, args: ToolArguments, name: string): string {
  const value = args[name];
  if (typeof value !== "string") throw new Error(`${command}: ${name} must be a string`);
  return value;
}

/** BFCL documents Python's None default as the text "None", and models copy it. */
function optionalText(args: ToolArguments, name: string): string | undefined {
  const value = args[name];
  return typeof value === "string" && value !== "None" ? value : undefined;
}

function file(state: FileSystemState, name: string): FileNode | undefined {
  const item = state.cwd.contents.get(name);
  return item?.kind === "file" ? item : undefined;
}

function child(directory: DirectoryNode, name: string): DirectoryNode | undefined {
  if (name === "..") return directory.parent ?? undefined;
  const item = directory.contents.get(name);
  return item?.kind === "directory" ? item : undefined;
}

/** `.`, `/`, relative (`documents/archive`) and absolute (`/alice/documents`) folder paths. */
function resolveDirectory(state: FileSystemState, path: string): DirectoryNode | undefined {
  if (path === "." || path === "") return state.cwd;
  const absolute = path.startsWith("/");
  const parts = path.split("/").filter((part) => part !== "" && part !== ".");
  if (absolute && parts[0] === state.root.name) parts.shift();
  let at: DirectoryNode | undefined = absolute ? state.root : state.cwd;
  for (const part of parts) at = at === undefined ? undefined : child(at, part);
  return at;
}

function humanSize(bytes: number): string {
  let size = bytes;
  for (const unit of ["B", "KB", "MB", "GB", "TB"]) {
    if (size < 1024) return `${size.toFixed(2)} ${unit}`;
    size /= 1024;
  }
  return `${size.toFixed(2)} PB`;
}

const pwd: ToolFunction<FileSystemState> = (state) => ({ current_working_directory: pathOf(state.cwd) });

const ls: ToolFunction<FileSystemState> = (state, args) => {
  const names = [...state.cwd.contents.keys()];
  return { current_directory_content: args.a === true ? names : names.filter((name) => !name.startsWith(".")) };
};

const cd: ToolFunction<FileSystemState> = (state, args): Output => {
  const folder = text("cd", args, "folder").replace(/\/+$/, "") || "/";
  if (![".", "..", "/"].includes(folder) && folder.includes("/")) {
    return { error: `cd: ${folder}: Unsupported path. Only one folder level at a time is supported.` };
  }
  if (folder === "..") {
    if (state.cwd.parent === null) return { error: "Current directory is already the root. Cannot go back." };
    state.cwd = state.cwd.parent;
  } else {
    const target = folder === "/" ? state.root : resolveDirectory(state, folder);
    if (target === undefined) return { error: `cd: ${folder}: No such directory. You cannot use path to change directory.` };
    state.cwd = target;
  }
  return { current_working_directory: pathOf(state.cwd) };
};

function create(command: "mkdir" | "touch", state: FileSystemState, name: string): Output {
  const what = command === "mkdir" ? "create directory" : "touch";
  if (INVALID_NAME.test(name)) return { error: `${command}: cannot ${what} '${name}': Invalid character` };
  if (state.cwd.contents.has(name)) return { error: `${command}: cannot ${what} '${name}': File exists` };
  state.cwd.contents.set(name, command === "mkdir" ? { kind: "directory", name, parent: state.cwd, contents: new Map() } : { kind: "file", name, content: "" });
  return {};
}

const mkdir: ToolFunction<FileSystemState> = (state, args) => create("mkdir", state, text("mkdir", args, "dir_name"));
const touch: ToolFunction<FileSystemState> = (state, args) => create("touch", state, text("touch", args, "file_name"));

const echo: ToolFunction<FileSystemState> = (state, args): Output => {
  const content = text("echo", args, "content");
  const name = optionalText(args, "file_name");
  if (name === undefined || name === "") return { terminal_output: content };
  if (INVALID_NAME.test(name)) return { error: `echo: cannot write to '${name}': Invalid character` };
  const item = state.cwd.contents.get(name);
  if (item === undefined) return { error: `echo: cannot write to '${name}': No such file` };
  if (item.kind === "directory") return { error: `echo: cannot write to '${name}': Is a directory` };
  item.content = content;
  return {};
};

const cat: ToolFunction<FileSystemState> = (state, args): Output => {
  const name = text("cat", args, "file_name");
  if (INVALID_NAME.test(name)) return { error: `cat: '${name}': Invalid character` };
  const item = state.cwd.contents.get(name);
  if (item === undefined) return { error: `cat: ${name}: No such file or directory` };
  return item.kind === "file" ? { file_content: item.content } : { error: `cat: ${name}: Is a directory` };
};

const find: ToolFunction<FileSystemState> = (state, args): Output => {
  const path = optionalText(args, "path") ?? ".";
  const name = optionalText(args, "name");
  const start = resolveDirectory(state, path);
  if (start === undefined) return { error: `find: '${path}': No such file or directory` };
  const matches: string[] = [];
  const walk = (directory: DirectoryNode, base: string): void => {
    for (const [itemName, item] of directory.contents) {
      const itemPath = `${base}/${itemName}`;
      if (name === undefined || itemName.includes(name)) matches.push(itemPath);
      if (item.kind === "directory") walk(item, itemPath);
    }
  };
  walk(start, path.replace(/\/+$/, ""));
  return { matches };
};

const wc: ToolFunction<FileSystemState> = (state, args): Output => {
  const name = text("wc", args, "file_name");
  const mode = optionalText(args, "mode") ?? "l";
  if (!["l", "w", "c"].includes(mode)) return { error: `wc: invalid mode '${mode}'` };
  const item = file(state, name);
  if (item === undefined) return { error: `wc: ${name}: No such file or directory` };
  if (mode === "l") return { count: splitLines(item.content).length, type: "lines" };
  if (mode === "w") return { count: item.content.split(/\s+/).filter((word) => word !== "").length, type: "words" };
  return { count: [...item.content].length, type: "characters" };
};

/** sort, grep and tail read one file of the current folder. */
function readLines(command: string, state: FileSystemState, args: ToolArguments): string[] | Output {
  const name = text(command, args, "file_name");
  const item = file(state, name);
  return item === undefined ? { error: `${command}: ${name}: No such file or directory` } : splitLines(item.content);
}

const sort: ToolFunction<FileSystemState> = (state, args) => {
  const lines = readLines("sort", state, args);
  return Array.isArray(lines) ? { sorted_content: [...lines].sort().join("\n") } : lines;
};

const grep: ToolFunction<FileSystemState> = (state, args) => {
  const pattern = text("grep", args, "pattern");
  const lines = readLines("grep", state, args);
  return Array.isArray(lines) ? { matching_lines: lines.filter((line) => line.includes(pattern)) } : lines;
};

const tail: ToolFunction<FileSystemState> = (state, args) => {
  const count = args.lines ?? 10;
  if (typeof count !== "number" || !Number.isInteger(count)) return { error: "tail: lines must be an integer" };
  const lines = readLines("tail", state, args);
  return Array.isArray(lines) ? { last_lines: count <= 0 ? "" : lines.slice(-count).join("\n") } : lines;
};

const du: ToolFunction<FileSystemState> = (state, args) => {
  const bytes = sizeOf(state.cwd);
  return { disk_usage: args.human_readable === true ? humanSize(bytes) : `${bytes} bytes` };
};

const diff: ToolFunction<FileSystemState> = (state, args): Output => {
  const first = text("diff", args, "file_name1");
  const second = text("diff", args, "file_name2");
  const a = file(state, first);
  const b = file(state, second);
  if (a === undefined || b === undefined) return { error: `diff: ${first} or ${second}: No such file or directory` };
  const left = splitLines(a.content);
  const right = splitLines(b.content);
  const lines: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const [l, r] = [left[i], right[i]];
    if (l === r) continue;
    lines.push([l === undefined ? undefined : `- ${l}`, r === undefined ? undefined : `+ ${r}`].filter((line) => line !== undefined).join("\n"));
  }
  return { diff_lines: lines.join("\n") };
};

/** mv and cp: into an existing folder, or to a new name in the current folder; never along a path. */
function transfer(command: "mv" | "cp", state: FileSystemState, args: ToolArguments): Output {
  const source = text(command, args, "source");
  const destination = text(command, args, "destination");
  const verb = command === "mv" ? "move" : "copy";
  const done = command === "mv" ? "moved" : "copied";
  const item = state.cwd.contents.get(source);
  if (item === undefined) return { error: `${command}: cannot ${verb} '${source}': No such file or directory` };
  if (destination.includes("/")) return { error: `${command}: no path allowed in destination. Only file name and folder name is supported for this operation.` };
  const target = state.cwd.contents.get(destination);
  if (target !== undefined && target.kind !== "directory") return { error: `${command}: cannot ${verb} '${source}' to '${destination}': Not a directory` };
  const into = target ?? state.cwd;
  const name = target === undefined ? destination : source;
  if (item === into) return { error: `${command}: cannot ${verb} '${source}' into itself` };
  if (into.contents.has(name)) return { error: `${command}: cannot ${verb} '${source}' to '${destination}/${source}': File exists` };
  if (command === "mv") state.cwd.contents.delete(source);
  into.contents.set(name, copyNode(item, name, into));
  return { result: `'${source}' ${done} to '${target === undefined ? destination : `${destination}/${source}`}'` };
}

const rm: ToolFunction<FileSystemState> = (state, args): Output => {
  const name = text("rm", args, "file_name");
  if (!state.cwd.contents.delete(name)) return { error: `rm: cannot remove '${name}': No such file or directory` };
  return { result: `'${name}' removed` };
};

const rmdir: ToolFunction<FileSystemState> = (state, args): Output => {
  const name = text("rmdir", args, "dir_name");
  const item = state.cwd.contents.get(name);
  if (item === undefined) return { error: `rmdir: cannot remove '${name}': No such file or directory` };
  if (item.kind !== "directory") return { error: `rmdir: cannot remove '${name}': Not a directory` };
  if (item.contents.size > 0) return { error: `rmdir: failed to remove '${name}': Directory not empty` };
  state.cwd.contents.delete(name);
  return { result: `'${name}' removed` };
};

/** The toolkit over a starting tree (BFCL scenario shape); every session starts from its own copy. */
export function createFileSystemToolkit(rootName: string = SAMPLE_ROOT, tree: DirectorySpec = SAMPLE_TREE) {
  return defineToolkit<FileSystemState>(
    FILE_SYSTEM_TOOLKIT,
    () => {
      const root = buildDirectory(rootName, tree, null);
      return { root, cwd: root };
    },
    { pwd, ls, cd, mkdir, touch, echo, cat, find, wc, sort, grep, du, tail, diff, mv: (s, a) => transfer("mv", s, a), rm, rmdir, cp: (s, a) => transfer("cp", s, a) },
  );
}

export const fileSystemToolkit = createFileSystemToolkit();
