"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { DEFAULT_REVIEWER, REVIEWER_STORAGE_KEY, reviewerProblem, storedReviewer } from "@/lib/review/reviewer";
import { useTRPC } from "@/lib/trpc/client";

/**
 * Who decides: with accounts on, the signed-in account (the server records it whatever is sent); with
 * accounts off, a name kept in this browser.
 */
export function useReviewer() {
  const trpc = useTRPC();
  const status = useQuery(trpc.accounts.status.queryOptions());
  const [name, setName] = useState(DEFAULT_REVIEWER);
  useEffect(() => {
    setName(storedReviewer(window.localStorage.getItem(REVIEWER_STORAGE_KEY)));
  }, []);
  const change = useCallback((next: string) => {
    setName(next);
    if (reviewerProblem(next) === undefined) window.localStorage.setItem(REVIEWER_STORAGE_KEY, next.trim());
  }, []);
  const viewer = status.data?.accounts ? status.data.viewer : null;
  if (viewer) return { name: viewer.email ?? viewer.name, problem: undefined, change, signedIn: true };
  return { name, problem: reviewerProblem(name), change, signedIn: false };
}
