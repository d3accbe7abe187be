"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const tabs = [
  { segment: "catalog", label: "Catalog" },
  { segment: "graph", label: "Graph" },
  { segment: "paths", label: "Paths" },
  { segment: "runs", label: "Runs" },
  { segment: "review", label: "Review" },
  { segment: "reviewers", label: "Reviewers" },
  { segment: "export", label: "Export" },
  { segment: "statistics", label: "Statistics" },
] as const;

export function ProjectTabs({ projectId }: { projectId: number }) {
  const pathname = usePathname();
  return (
    <nav className="tabs" aria-label="Project stages">
      {tabs.map(({ segment, label }) => {
        const href = `/projects/${projectId}/${segment}`;
        return (
          <Link key={segment} href={href} aria-current={pathname === href || pathname.startsWith(`${href}/`) ? "page" : undefined} data-id={`tab-${segment}`}>
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
