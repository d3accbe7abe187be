import { z } from "zod";
import { rebuildSettings, rebuildStatus, startGraphRebuild } from "../../jobs/graph-rebuild";
import { edgeKind } from "../../pipeline/schemas/graph";
import { addEdge, annotatorEdge, getGraph, removeEdge, reweightEdge } from "../../services/graph";
import { allowed, procedure, router } from "../trpc";
import { projectId } from "./projects";

const edgeEnds = projectId.extend({ source: z.string().min(1), target: z.string().min(1) });

export const graphRouter = router({
  get: procedure.input(projectId).query(({ ctx, input }) => getGraph(ctx.db, input.projectId)),
  addEdge: allowed("graph.write").input(projectId.extend({ edge: annotatorEdge })).mutation(({ ctx, input }) => addEdge(ctx.db, input.projectId, input.edge)),
  removeEdge: allowed("graph.write").input(edgeEnds).mutation(({ ctx, input }) => removeEdge(ctx.db, input.projectId, input.source, input.target)),
  reweightEdge: allowed("graph.write")
    .input(edgeEnds.extend({ weight: z.number().min(0).max(1), kind: edgeKind.optional() }))
    .mutation(({ ctx, input }) => reweightEdge(ctx.db, input.projectId, input)),
  rebuild: allowed("graph.write")
    .input(projectId.extend({ settings: rebuildSettings }))
    .mutation(({ ctx, input }) => startGraphRebuild(ctx.db, input.projectId, input.settings, () => ctx.teacher("openai"))),
  rebuildStatus: procedure.input(projectId).query(({ ctx, input }) => rebuildStatus(ctx.db, input.projectId)),
});
