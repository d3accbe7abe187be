"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { errorMessage } from "@/components/paths/errors";
import { safeNext } from "@/lib/trpc/signed-out";
import { useTRPC } from "@/lib/trpc/client";
import styles from "./accounts.module.css";

interface Credentials {
  email: string;
  password: string;
}

/** Signs in through better-auth's endpoint, which sets the httpOnly session cookie; says why when it cannot. */
async function signIn(credentials: Credentials): Promise<string | null> {
  const response = await fetch("/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(credentials),
  });
  if (response.ok) return null;
  if (response.status === 429) return `Too many attempts. Try again in ${response.headers.get("x-retry-after") ?? "a few"} seconds.`;
  if (response.status === 401) return "Wrong email or password.";
  const body: unknown = await response.json().catch(() => null);
  const message = body && typeof body === "object" && "message" in body && typeof body.message === "string" ? body.message : response.statusText;
  return `Could not sign in: ${message}`;
}

function CredentialsFields({ withName }: { withName: boolean }) {
  return (
    <>
      {withName && (
        <>
          <label>
            Setup code
            <input name="setupCode" required autoComplete="off" data-id="setup-code-input" />
          </label>
          <label>
            Name
            <input name="name" required autoComplete="name" data-id="account-name-input" />
          </label>
        </>
      )}
      <label>
        Email
        <input name="email" type="email" required autoComplete="email" data-id="email-input" />
      </label>
      <label>
        Password
        <input name="password" type="password" required autoComplete={withName ? "new-password" : "current-password"} data-id="password-input" />
      </label>
    </>
  );
}

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

/** The sign-in page: the first admin's setup while the studio has nobody, sign-in after that. */
export function SignInPanel({ next }: { next?: string }) {
  const trpc = useTRPC();
  const status = useQuery(trpc.accounts.status.queryOptions());
  const setup = useMutation(trpc.accounts.setup.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const enter = async (credentials: Credentials) => {
    const refusal = await signIn(credentials);
    if (refusal) {
      setProblem(refusal);
      setBusy(false);
      return;
    }
    window.location.assign(safeNext(next));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const credentials = { email: field(form, "email"), password: field(form, "password") };
    setBusy(true);
    setProblem(null);
    if (status.data?.needsFirstAdmin) {
      try {
        await setup.mutateAsync({ name: field(form, "name"), setupCode: field(form, "setupCode"), ...credentials });
      } catch (error) {
        setProblem(errorMessage(error));
        setBusy(false);
        return;
      }
    }
    await enter(credentials);
  };

  if (status.isError) return <p className="error">{errorMessage(status.error)}</p>;
  if (!status.data) return <p className="muted">Loading…</p>;
  if (!status.data.accounts) return <p data-id="accounts-off">Accounts are off: this studio serves only this machine, and you are its owner.</p>;
  const first = status.data.needsFirstAdmin;
  return (
    <form className={styles.card} onSubmit={(e) => void submit(e)} data-id={first ? "setup-form" : "sign-in-form"}>
      <h1>{first ? "Create the first admin" : "Sign in"}</h1>
      {first && (
        <p className="muted">
          Nobody has an account yet. The first account is the studio&apos;s admin, who then adds everyone else. The setup code is the one the studio printed when it
          started (or MAGNET_SETUP_CODE).
        </p>
      )}
      <CredentialsFields withName={first} />
      {problem && (
        <p role="alert" className="error" data-id="sign-in-problem">
          {problem}
        </p>
      )}
      <button type="submit" disabled={busy} data-id="sign-in-submit">
        {first ? "Create and sign in" : "Sign in"}
      </button>
    </form>
  );
}
