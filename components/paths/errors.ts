/** The message to show for a failed request: the server's own sentence for a refused operation. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === "string" ? error : "the request failed";
}
