import { notFound } from "next/navigation";
import { ReviewersView } from "@/components/reviewers/ReviewersView";

export const dynamic = "force-dynamic";

export default async function ReviewersPage({ params }: { params: Promise<{ projectId: string }> }) {
  const projectId = Number((await params).projectId);
  if (!Number.isInteger(projectId) || projectId <= 0) notFound();
  return <ReviewersView projectId={projectId} />;
}
