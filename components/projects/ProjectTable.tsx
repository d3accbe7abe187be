import type { ProjectSummary } from "@/server/services/projects";

export function ProjectTable({ projects }: { projects: ProjectSummary[] }) {
  if (projects.length === 0) {
    return (
      <div className="empty" data-testid="no-projects">
        No projects yet. Import a catalog with <code>npm run -s magnet -- import FILE --project NAME</code>.
      </div>
    );
  }
  return (
    <table className="data" data-testid="projects">
      <thead>
        <tr>
          <th>Project</th>
          <th className="num">Catalogs</th>
          <th className="num">Functions</th>
          <th className="num">Edges</th>
          <th className="num">Paths</th>
        </tr>
      </thead>
      <tbody>
        {projects.map((p) => (
          <tr key={p.id} data-id={p.name}>
            <td>{p.name}</td>
            <td className="num">{p.counts.catalogs}</td>
            <td className="num">{p.counts.functions}</td>
            <td className="num">{p.counts.edges}</td>
            <td className="num">{p.counts.paths}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
