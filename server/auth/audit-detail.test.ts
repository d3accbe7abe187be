import { describe, expect, it } from "vitest";
import { auditDetail } from "./audit-detail";

describe("auditDetail", () => {
  it("never keeps a secret, however deep", () => {
    const detail = JSON.stringify(auditDetail({ profile: { apiKey: "sk-live-123", name: "x" }, password: "hunter22", nested: [{ api_key: "sk-2" }] }));
    expect(detail).not.toContain("sk-live-123");
    expect(detail).not.toContain("hunter22");
    expect(detail).not.toContain("sk-2");
    expect(detail).toContain('"name":"x"');
  });

  it("cuts uploaded file contents and long lists", () => {
    const detail = auditDetail({ files: [{ name: "a.json", content: "x".repeat(5000) }], ids: Array.from({ length: 50 }, (_, i) => i) });
    const text = JSON.stringify(detail);
    expect(text.length).toBeLessThan(800);
    expect(text).toContain("(5000 characters)");
    expect(text).toContain("(50 items)");
  });
});
