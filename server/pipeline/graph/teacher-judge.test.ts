import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import type { Teacher, TeacherRequest } from "../teacher";
import { buildGraphWithJudge } from "./build-graph";
import { createTeacherJudge } from "./teacher-judge";
import { testCatalog } from "./test-catalog";

/** A teacher that answers each judge_dependency request from a script, recording the requests. */
function scriptedTeacher(answer: (request: TeacherRequest, index: number) => string) {
  const requests: TeacherRequest[] = [];
  const teacher: Teacher = {
    backend: "scripted",
    model: "judge",
    async complete(request) {
      requests.push(request);
      return { text: answer(request, requests.length - 1), model: "judge", usage: { promptTokens: 1, completionTokens: 1 }, cached: false };
    },
  };
  return { teacher, requests };
}

const targetAndCandidate = (request: TeacherRequest) => {
  if (request.task.role !== "judge_dependency") throw new Error("unexpected role");
  return { target: request.task.target.id, candidate: request.task.candidates[0]?.id };
};

describe("the teacher edge judge", () => {
  it("turns the teacher's edges into teacher-origin graph edges with the reason as evidence", async () => {
    const { teacher, requests } = scriptedTeacher((request) => {
      const { target, candidate } = targetAndCandidate(request);
      const edges = candidate ? [{ source: candidate, target, kind: "exact_input", weight: 0.8, nested: true, reason: `${candidate} gives ${target} its input` }] : [];
      return JSON.stringify({ edges });
    });
    const graph = await buildGraphWithJudge(testCatalog, { random: createRandom(1), judge: createTeacherJudge(teacher), origin: "teacher", candidates: 3 });
    expect(requests).toHaveLength(testCatalog.length);
    expect(requests[0]?.messages.map((m) => m.content).join("\n")).toContain('"target"');
    expect(graph.edges.length).toBeGreaterThan(0);
    for (const edge of graph.edges) {
      expect(edge.origin).toBe("teacher");
      expect(edge.evidence.reason).toBe(`${edge.source} gives ${edge.target} its input`);
    }
  });

  it("asks again when an answer names a function outside the candidate set, then gives up naming the problem", async () => {
    const { teacher, requests } = scriptedTeacher((request, index) => {
      const { target, candidate } = targetAndCandidate(request);
      const source = index === 0 ? "not_a_candidate" : candidate;
      return JSON.stringify({ edges: [{ source, target, kind: "premise", weight: 0.5, nested: false, reason: "r" }] });
    });
    const judge = createTeacherJudge(teacher);
    const [target, candidate] = testCatalog;
    if (!target || !candidate) throw new Error("test catalog too small");
    const edges = await judge.judge(target, [candidate]);
    expect(requests).toHaveLength(2);
    expect(edges).toEqual([expect.objectContaining({ source: candidate.id, target: target.id, kind: "premise" })]);

    const always = scriptedTeacher((request) => JSON.stringify({ edges: [{ source: "nope", target: targetAndCandidate(request).target, kind: "premise", weight: 1, nested: false, reason: "r" }] }));
    await expect(createTeacherJudge(always.teacher).judge(target, [candidate])).rejects.toThrow(/does not join/);
  });
});
