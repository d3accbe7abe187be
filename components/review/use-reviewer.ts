"use client";

import { useCallback, useEffect, useState } from "react";
import { DEFAULT_REVIEWER, REVIEWER_STORAGE_KEY, reviewerProblem, storedReviewer } from "@/lib/review/reviewer";

/** The reviewer's name, kept in this browser (there are no accounts yet). */
export function useReviewer() {
  const [name, setName] = useState(DEFAULT_REVIEWER);
  useEffect(() => {
    setName(storedReviewer(window.localStorage.getItem(REVIEWER_STORAGE_KEY)));
  }, []);
  const change = useCallback((next: string) => {
    setName(next);
    if (reviewerProblem(next) === undefined) window.localStorage.setItem(REVIEWER_STORAGE_KEY, next.trim());
  }, []);
  return { name, problem: reviewerProblem(name), change };
}
