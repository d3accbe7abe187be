export interface FileNode {
  kind: "file";
  name: string;
  content: string;
}

export interface DirectoryNode {
  kind: "directory";
  name: string;
  parent: DirectoryNode | null;
  /** Insertion order is listing order, as in the BFCL class (a Python dict). */
  contents: Map<string, FileNode | DirectoryNode>;
}

export type FsNode = FileNode | DirectoryNode;

/** BFCL's scenario shape (`initial_config` of the multi-turn entries), so their trees load as they are. */
export type TreeSpec = { type: "file"; content: string } | { type: "directory"; contents: Record<string, TreeSpec> };
export type DirectorySpec = Extract<TreeSpec, { type: "directory" }>;

const file = (content: string): TreeSpec => ({ type: "file", content });
const directory = (contents: Record<string, TreeSpec>): DirectorySpec => ({ type: "directory", contents });

/** The workspace every session starts from: a home folder with documents, a project and a hidden file. */
export const SAMPLE_ROOT = "alice";
export const SAMPLE_TREE: DirectorySpec = directory({
  documents: directory({
    "report.txt": file("Quarterly report\nRevenue grew 12 percent\nCosts fell 3 percent\nHeadcount stayed flat\n"),
    "notes.txt": file("Call the bank\nBook flights to Lisbon\nReview the budget\n"),
    archive: directory({ "report-2023.txt": file("Annual report 2023\nRevenue grew 8 percent\n") }),
  }),
  projects: directory({
    magnet: directory({
      "README.md": file("# Magnet\nSynthesizes multi-turn function-calling data.\n"),
      "todo.txt": file("write tests\nfix the graph layout\nship the release\n"),
    }),
  }),
  photos: directory({}),
  ".profile": file("export EDITOR=vim\n"),
});

export function buildDirectory(name: string, spec: DirectorySpec, parent: DirectoryNode | null): DirectoryNode {
  const node: DirectoryNode = { kind: "directory", name, parent, contents: new Map() };
  for (const [childName, child] of Object.entries(spec.contents)) {
    node.contents.set(childName, child.type === "file" ? { kind: "file", name: childName, content: child.content } : buildDirectory(childName, child, node));
  }
  return node;
}

/** A deep copy under a new name and parent (cp and mv of folders). */
export function copyNode(node: FsNode, name: string, parent: DirectoryNode): FsNode {
  if (node.kind === "file") return { ...node, name };
  const copy: DirectoryNode = { kind: "directory", name, parent, contents: new Map() };
  for (const [childName, child] of node.contents) copy.contents.set(childName, copyNode(child, childName, copy));
  return copy;
}

/** `/alice/documents`: the root's own name is the first segment, as BFCL's pwd prints it. */
export function pathOf(node: DirectoryNode): string {
  const names: string[] = [];
  for (let at: DirectoryNode | null = node; at !== null; at = at.parent) names.unshift(at.name);
  return `/${names.join("/")}`;
}

export function sizeOf(node: FsNode): number {
  if (node.kind === "file") return new TextEncoder().encode(node.content).length;
  let total = 0;
  for (const child of node.contents.values()) total += sizeOf(child);
  return total;
}

/** Python's str.splitlines for the texts files hold: no empty last line after a final newline. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
