import { describe, expect, it } from "vitest";
import { bindingRefusal, isLoopback } from "./loopback";

describe("the loopback rule", () => {
  it.each(["127.0.0.1", "127.0.0.1:3000", "localhost", "localhost:3100", "[::1]:3000", "::1", "127.1.2.3"])("%s is loopback", (host) => {
    expect(isLoopback(host)).toBe(true);
  });

  it.each(["0.0.0.0", "192.168.1.20", "studio.example.org", "localhost.evil.example", "127.0.0.1.evil.example", "[::]:3000", "::", ""])(
    "%s is not",
    (host) => {
      expect(isLoopback(host)).toBe(false);
    },
  );

  it("refuses any other address without accounts, and names the fix", () => {
    expect(bindingRefusal("0.0.0.0", false)).toMatch(/MAGNET_ACCOUNTS=on/);
    expect(bindingRefusal("127.0.0.1", false)).toBeNull();
    expect(bindingRefusal("0.0.0.0", true)).toBeNull();
  });
});
