"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { errorMessage } from "@/components/paths/errors";
import { useTRPC } from "@/lib/trpc/client";
import { role, roleLabels, type Role } from "@/server/auth/roles";
import styles from "./accounts.module.css";
import { AuditLog } from "./AuditLog";

function RoleSelect({ value, onChange, id }: { value: Role; onChange: (role: Role) => void; id: string }) {
  return (
    <select value={value} data-id={id} onChange={(e) => onChange(role.parse(e.target.value))}>
      {role.options.map((r) => (
        <option key={r} value={r}>
          {roleLabels[r]}
        </option>
      ))}
    </select>
  );
}

/** The admin's list of people: add someone with a role and a first password, change a role, remove. */
export function PeopleAdmin() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const people = useQuery(trpc.accounts.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.accounts.list.queryKey() });
  const create = useMutation(trpc.accounts.create.mutationOptions({ onSuccess: refresh }));
  const setRole = useMutation(trpc.accounts.setRole.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.accounts.remove.mutationOptions({ onSuccess: refresh }));
  const [newRole, setNewRole] = useState<Role>("reviewer");

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    create.mutate(
      { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), role: newRole },
      { onSuccess: () => target.reset() },
    );
  };

  if (people.isError)
    return (
      <p role="alert" className="error">
        {errorMessage(people.error)}
      </p>
    );
  const failure = create.error ?? setRole.error ?? remove.error;
  return (
    <section className={styles.people}>
      <h1>People</h1>
      <form className={styles.addForm} onSubmit={add} data-id="add-person">
        <label>
          Name
          <input name="name" required data-id="person-name" />
        </label>
        <label>
          Email
          <input name="email" type="email" required data-id="person-email" />
        </label>
        <label>
          First password
          <input name="password" type="password" required minLength={10} data-id="person-password" />
        </label>
        <label>
          Role
          <RoleSelect value={newRole} onChange={setNewRole} id="person-role" />
        </label>
        <button type="submit" disabled={create.isPending} data-id="person-add">
          Add
        </button>
      </form>
      {failure && (
        <p role="alert" className="error" data-id="people-error">
          {errorMessage(failure)}
        </p>
      )}
      <table className={styles.table} data-id="people-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Email</th>
            <th>Role</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(people.data ?? []).map((person) => (
            <tr key={person.id} data-id={`person-${person.email}`}>
              <td>{person.name}</td>
              <td>{person.email}</td>
              <td>
                <RoleSelect value={person.role} id={`role-${person.email}`} onChange={(to) => setRole.mutate({ id: person.id, role: to })} />
              </td>
              <td>
                <button type="button" onClick={() => window.confirm(`Remove ${person.email}?`) && remove.mutate({ id: person.id })}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AuditLog />
    </section>
  );
}
