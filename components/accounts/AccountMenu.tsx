"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { roleLabels } from "@/server/auth/roles";
import { useTRPC } from "@/lib/trpc/client";

async function signOut(): Promise<void> {
  await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  window.location.assign("/sign-in");
}

/** Who is signed in, with a way out; nothing with accounts off, where the local owner is always in. */
export function AccountMenu() {
  const trpc = useTRPC();
  const status = useQuery(trpc.accounts.status.queryOptions());
  const [leaving, setLeaving] = useState(false);
  const viewer = status.data?.viewer;
  if (!status.data?.accounts || !viewer) return null;
  return (
    <div className="account" data-id="account-menu">
      <span data-id="account-name">{viewer.name}</span>
      <span className="muted" data-id="account-role">
        {roleLabels[viewer.role]}
      </span>
      {viewer.role === "admin" && (
        <Link href="/people" data-id="people-link">
          People
        </Link>
      )}
      <button
        type="button"
        data-id="sign-out"
        disabled={leaving}
        onClick={() => {
          setLeaving(true);
          void signOut();
        }}
      >
        Sign out
      </button>
    </div>
  );
}
