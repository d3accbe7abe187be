import { describe, expect, it } from "vitest";
import { readBodyWithin } from "./body-limit";

const URL_ = "http://127.0.0.1:3000/api/trpc/catalog.import";

/** A chunked body of `chunks` × `size` bytes that declares no length; counts what was pulled. */
function streamed(chunks: number, size: number) {
  const pulled = { chunks: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.chunks === chunks) controller.close();
      else {
        pulled.chunks++;
        controller.enqueue(new Uint8Array(size).fill(0x61));
      }
    },
  });
  return { request: new Request(URL_, { method: "POST", body, duplex: "half" } as RequestInit), pulled };
}

describe("request body limit", () => {
  it("passes a body within the limit through, byte for byte", async () => {
    const result = await readBodyWithin(new Request(URL_, { method: "POST", body: '{"0":{"json":{"projectId":1}}}' }), 1024);
    expect(result).toEqual({ ok: true, body: new TextEncoder().encode('{"0":{"json":{"projectId":1}}}') });
    expect(await readBodyWithin(new Request(URL_, { method: "POST", body: "x".repeat(1024) }), 1024)).toMatchObject({ ok: true });
  });

  it("refuses at once a declared Content-Length over the limit, without reading", async () => {
    const { request } = streamed(1, 10);
    request.headers.set("content-length", String(300 * 1024 * 1024));
    const result = await readBodyWithin(request, 201 * 1024 * 1024);
    expect(result).toEqual({ ok: false, message: "the request body is 300 MB, over the 201 MB limit for one request: send fewer or smaller files at a time" });
    expect(request.bodyUsed).toBe(false);
  });

  it("refuses a body that declares no length (or lies about it) once the streamed bytes pass the limit, and stops reading", async () => {
    const { request, pulled } = streamed(1000, 1024);
    const result = await readBodyWithin(request, 4 * 1024);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^the request body is more than 4 KB, over the 4 KB limit for one request/) });
    expect(pulled.chunks).toBeLessThan(10);
  });

  it("refuses one byte over the limit", async () => {
    expect(await readBodyWithin(new Request(URL_, { method: "POST", body: "x".repeat(1025) }), 1024)).toMatchObject({ ok: false });
  });
});
