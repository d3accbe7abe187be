"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { conflictOf, errorText } from "@/lib/review/conflict";
import type { DecideInput, EditTurnInput, ReviewDetail } from "@/lib/review/types";
import { useTRPC } from "@/lib/trpc/client";
import type { ReviewConflict } from "@/server/pipeline/review/review-inputs";

type Decision = Omit<DecideInput, "reviewer">;
type Edit = Omit<EditTurnInput, "reviewer">;
type Comment = { id: number; turn?: number; text: string; expectedVersion?: number };

/** A save the server refused because someone else saved first: what they stored, and how to save ours anyway. */
export interface PendingConflict {
  id: number;
  current: ReviewConflict;
  /** Saves the refused change again on the version now stored ("keep mine"). */
  keepMine: () => void;
}

/** Decisions, comments and edits of the open trajectory, with the conflict a concurrent reviewer causes. */
export function useReviewActions(projectId: number, reviewer: string, options: { onEdited?: () => void } = {}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<PendingConflict>();
  const [failure, setFailure] = useState<string>();

  /**
   * Shows a save at once (the new status in the viewer and in the header's counts), then refetches the
   * record for its history and the queue for its badges. The counts are adjusted rather than refetched:
   * recounting a large project's facets after every key press would hold up the next trajectory.
   */
  const refresh = useCallback(
    async (id: number, stored?: Pick<ReviewDetail["item"], "status" | "version" | "turnStatus">) => {
      const key = trpc.reviews.get.queryKey({ id });
      const before = queryClient.getQueryData(key)?.item;
      if (stored) queryClient.setQueryData(key, (old) => (old ? { ...old, item: { ...old.item, ...stored } } : old));
      const moved = before && stored && before.status !== stored.status ? { runId: before.runId, from: before.status, to: stored.status } : undefined;
      if (moved) {
        for (const scope of [{ projectId }, { projectId, runId: moved.runId }]) {
          queryClient.setQueryData(trpc.reviews.facets.queryKey(scope), (old) =>
            old ? { ...old, statuses: old.statuses.map((s) => ({ ...s, count: s.count + (s.status === moved.to ? 1 : 0) - (s.status === moved.from ? 1 : 0) })) } : old,
          );
        }
      }
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries(trpc.reviews.queue.pathFilter()),
        ...(stored ? [] : [queryClient.invalidateQueries(trpc.reviews.facets.pathFilter())]),
      ]);
    },
    [queryClient, trpc, projectId],
  );

  const decideMutation = useMutation(trpc.reviews.decide.mutationOptions());
  const commentMutation = useMutation(trpc.reviews.comment.mutationOptions());
  const editMutation = useMutation(trpc.reviews.editTurn.mutationOptions());

  /** Runs a save; a conflict is kept for the reviewer to settle, any other refusal is shown. */
  const save = useCallback(
    async <T extends { id: number; expectedVersion?: number }>(input: T, send: (input: T) => Promise<Pick<ReviewDetail["item"], "status" | "version" | "turnStatus">>) => {
      setFailure(undefined);
      try {
        const stored = await send(input);
        setConflict(undefined);
        await refresh(input.id, stored);
        return true;
      } catch (error) {
        const current = conflictOf(error);
        if (current === undefined) throw error;
        setConflict({ id: input.id, current, keepMine: () => void save({ ...input, expectedVersion: current.version }, send).catch((e: unknown) => setFailure(errorText(e))) });
        return false;
      }
    },
    [refresh],
  );

  const shown = useCallback((error: unknown) => {
    setFailure(errorText(error));
    return false;
  }, []);
  const decide = useCallback((input: Decision) => save(input, (i) => decideMutation.mutateAsync({ ...i, reviewer })).catch(shown), [save, decideMutation, reviewer, shown]);
  const comment = useCallback((input: Comment) => save(input, (i) => commentMutation.mutateAsync({ ...i, reviewer })).catch(shown), [save, commentMutation, reviewer, shown]);
  const { onEdited } = options;
  /** Edits reject with the server's reason so the editor can show it and stay open. */
  const edit = useCallback(
    (input: Edit) =>
      save(input, async (i) => {
        const stored = await editMutation.mutateAsync({ ...i, reviewer });
        onEdited?.();
        return stored;
      }),
    [save, editMutation, reviewer, onEdited],
  );

  const takeTheirs = useCallback(async () => {
    if (!conflict) return;
    setConflict(undefined);
    await refresh(conflict.id);
  }, [conflict, refresh]);

  return {
    decide,
    comment,
    edit,
    conflict,
    takeTheirs,
    failure,
    clear: useCallback(() => {
      setConflict(undefined);
      setFailure(undefined);
    }, []),
    pending: decideMutation.isPending || commentMutation.isPending || editMutation.isPending,
  };
}
export type ReviewActions = ReturnType<typeof useReviewActions>;
