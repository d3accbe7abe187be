import { describe, expect, it } from "vitest";
import { MAX_CATALOG_BYTES } from "@/server/pipeline/catalog";
import { MAX_UPLOAD_BYTES, decodeUpload, firstInvalidUtf8, formatBytes, mergeSelection } from "./upload";

const file = (name: string, size = 10, lastModified = 1) => ({ name, size, lastModified });

describe("mergeSelection", () => {
  it("appends new files and keeps the same file once", () => {
    const a = file("a.json");
    const b = file("b.json");
    expect(mergeSelection([a], [b, file("a.json")])).toEqual([a, b]);
  });
  it("replaces a selected file by a newer one with the same name, in place", () => {
    const newer = file("a.json", 20, 2);
    expect(mergeSelection([file("a.json"), file("b.json")], [newer])).toEqual([newer, file("b.json")]);
  });
  it("does not mutate its input", () => {
    const current = [file("a.json")];
    mergeSelection(current, [file("b.json")]);
    expect(current).toHaveLength(1);
  });
});

describe("decodeUpload", () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  it("decodes UTF-8 and drops a byte order mark", () => {
    expect(decodeUpload(encode("[{\"name\":\"café\"}]"))).toEqual({ ok: true, content: '[{"name":"café"}]' });
    expect(decodeUpload(Uint8Array.from([0xef, 0xbb, 0xbf, ...encode("[]")]))).toEqual({ ok: true, content: "[]" });
  });
  it("rejects Latin-1 bytes with the offset instead of replacing them", () => {
    const bytes = Uint8Array.from([...encode('[{"name": "caf'), 0xe9, ...encode('"}]')]);
    const result = decodeUpload(bytes);
    expect(result).toEqual({ ok: false, message: "the file is not UTF-8 text (invalid byte at offset 14)" });
  });
  it("rejects files over the limit", () => {
    const result = decodeUpload(new Uint8Array(2048), 1024);
    expect(result).toEqual({ ok: false, message: "the file is 2 KB, over the 1 KB limit for one catalog file" });
  });
  it("uses the server's size limit", () => {
    expect(MAX_UPLOAD_BYTES).toBe(MAX_CATALOG_BYTES);
  });
});

describe("firstInvalidUtf8", () => {
  it("finds truncated, overlong and surrogate sequences", () => {
    expect(firstInvalidUtf8(new TextEncoder().encode("ok ✓ 😀"))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe2, 0x9c]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x80]))).toBe(1);
  });
});

describe("formatBytes", () => {
  it("uses binary units", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(50 * 1024 * 1024)).toBe("50 MB");
  });
});
