import { describe, expect, it } from "vitest";
import { sameOriginVerdict } from "./same-origin";

const URL_ = "http://127.0.0.1:3000/api/trpc/projects.delete";
const request = (method: string, headers: Record<string, string>) => new Request(URL_, { method, headers: { host: "127.0.0.1:3000", ...headers } });
const allowed = (method: string, headers: Record<string, string>) => sameOriginVerdict(request(method, headers)).allowed;

describe("same-origin check", () => {
  it("allows safe methods whatever they carry", () => {
    expect(allowed("GET", { origin: "http://evil.example", "sec-fetch-site": "cross-site" })).toBe(true);
    expect(allowed("HEAD", { origin: "null" })).toBe(true);
  });

  it("allows a POST with neither Origin nor Sec-Fetch-Site: curl, the CLI, tests", () => {
    expect(allowed("POST", {})).toBe(true);
  });

  it("allows the studio's own pages", () => {
    expect(allowed("POST", { "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:3000" })).toBe(true);
    expect(allowed("POST", { origin: "http://127.0.0.1:3000" })).toBe(true);
    expect(allowed("POST", { "sec-fetch-site": "none" })).toBe(true);
    // Default ports and letter case do not make another origin.
    expect(sameOriginVerdict(new Request("http://studio.local/api/trpc/x", { method: "POST", headers: { host: "Studio.Local:80", origin: "http://studio.local" } })).allowed).toBe(true);
  });

  it.each([
    ["Origin http://evil.example", { origin: "http://evil.example" }, /comes from http:\/\/evil\.example/],
    ["Origin null (sandboxed frame, file:, data:)", { origin: "null" }, /opaque origin/],
    ["Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }, /marked it cross-site/],
    ["Sec-Fetch-Site cross-site with a spoofed same Origin", { "sec-fetch-site": "cross-site", origin: "http://127.0.0.1:3000" }, /cross-site/],
    ["Sec-Fetch-Site same-site (another port of this host)", { "sec-fetch-site": "same-site", origin: "http://127.0.0.1:3001" }, /same-site/],
    ["another port on the same host", { origin: "http://127.0.0.1:3001" }, /127\.0\.0\.1:3001/],
    ["https origin on another host", { origin: "https://127.0.0.1.evil.example" }, /evil\.example/],
    ["an Origin that is not a URL", { origin: "not a url" }, /not a URL/],
    ["X-Forwarded-Host naming the attacker's origin", { origin: "http://evil.example", "x-forwarded-host": "evil.example" }, /evil\.example/],
  ])("refuses a POST with %s", (_label, headers, reason) => {
    const verdict = sameOriginVerdict(request("POST", headers));
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason).toMatch(reason);
  });

  it("refuses other state-changing methods too", () => {
    for (const method of ["PUT", "PATCH", "DELETE"]) expect(allowed(method, { origin: "http://evil.example" })).toBe(false);
  });
});
