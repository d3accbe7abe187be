"use client";

import { TeacherPanel } from "@/components/teachers/TeacherPanel";
import { PreviewPanel } from "./PreviewPanel";
import { RunList } from "./RunList";
import styles from "./runs.module.css";
import { StartRunForm } from "./StartRunForm";

/** The Runs tab: teachers and the start form beside the live runs and the one-path preview. */
export function RunsWorkspace({ projectId }: { projectId: number }) {
  return (
    <div className={styles.layout}>
      <aside className={styles.side}>
        <StartRunForm projectId={projectId} />
        <TeacherPanel />
      </aside>
      <div className={styles.main}>
        <RunList projectId={projectId} />
        <PreviewPanel projectId={projectId} />
      </div>
    </div>
  );
}
