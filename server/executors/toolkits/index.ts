import { fileSystemToolkit } from "./file-system";

export { createFileSystemToolkit, fileSystemToolkit, FILE_SYSTEM_TOOLKIT, type FileSystemState } from "./file-system";
export { SAMPLE_ROOT, SAMPLE_TREE, type TreeSpec, type DirectorySpec } from "./file-tree";

/** Toolkits of ours whose calls really execute. */
export const builtinToolkits = [fileSystemToolkit] as const;
