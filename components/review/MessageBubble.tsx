import type { BubbleView } from "@/lib/review/conversation";
import styles from "./review.module.css";

/** One message: the user's query, the assistant's text and calls (each with its check and its result), or a stray tool result. */
export function MessageBubble({ bubble, highlight = false }: { bubble: BubbleView; highlight?: boolean }) {
  const className = `${styles.bubble} ${styles[`bubble-${bubble.role}`] ?? ""} ${highlight ? styles.diverged : ""}`;
  if (bubble.role === "assistant") {
    return (
      <div className={className} data-id="bubble" data-role="assistant" data-message={bubble.index}>
        {bubble.content !== "" && <p className={styles.bubbleText}>{bubble.content}</p>}
        {bubble.calls.map((call) => {
          const valid = call.problems.length === 0;
          return (
            <div key={call.id} className={styles.call} data-id="tool-call" data-call-id={call.id} data-valid={valid}>
              <div className={styles.callHead}>
                <code className={styles.callName}>{call.name}</code>
                {valid ? (
                  <span className={styles.valid} title="the arguments match the tool's schema">
                    ✓ schema
                  </span>
                ) : (
                  <span className={styles.invalid} data-id="argument-invalid">
                    ✗ {call.problems.length === 1 ? "1 problem" : `${call.problems.length} problems`}
                  </span>
                )}
              </div>
              <pre className={`${styles.code} ${valid ? "" : styles.codeInvalid}`}>{call.arguments}</pre>
              {!valid && (
                <ul className={styles.problems}>
                  {call.problems.map((problem) => (
                    <li key={problem} data-id="argument-problem">
                      {problem}
                    </li>
                  ))}
                </ul>
              )}
              {call.result !== undefined ? (
                <div className={styles.result} data-id="tool-result" data-tool-call-id={call.id}>
                  <span className={styles.resultLabel}>result</span>
                  <pre className={styles.code}>{call.result}</pre>
                </div>
              ) : (
                <p className="muted">no result</p>
              )}
            </div>
          );
        })}
      </div>
    );
  }
  if (bubble.role === "tool") {
    return (
      <div className={className} data-id="bubble" data-role="tool" data-message={bubble.index}>
        <span className={styles.resultLabel}>result for an unknown call {bubble.toolCallId}</span>
        <pre className={styles.code}>{bubble.content}</pre>
      </div>
    );
  }
  return (
    <div className={className} data-id="bubble" data-role={bubble.role} data-message={bubble.index}>
      <p className={styles.bubbleText}>{bubble.content}</p>
    </div>
  );
}
