import { TRPCClientError } from "@trpc/client";

export const isSignedOutError = (error: unknown): boolean => error instanceof TRPCClientError && error.data?.code === "UNAUTHORIZED";

/** The sign-in page, coming back to `next` afterwards: only a path of this site, never another address. */
export function signInAddress(next: string): string {
  return `/sign-in?next=${encodeURIComponent(safeNext(next))}`;
}

/** `next` as sent back to the sign-in page: a local path, or the home page for anything else (`//evil`, `https:`…). */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
