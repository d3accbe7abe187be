/** Whether a host name or address (as given to `-H`, or a Host header with its port) is this machine's loopback. */
export function isLoopback(host: string): boolean {
  const name = host.trim().toLowerCase();
  // "[::1]:3000" carries a port, a bare IPv6 address ("::1") cannot, a name or IPv4 address may.
  const bare = name.startsWith("[") ? name.slice(1, name.indexOf("]")) : name.split(":").length > 2 ? name : name.replace(/:\d+$/, "");
  return bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare) || bare === "::ffff:127.0.0.1";
}

/** Why the studio must not start on `host`, or null when it may. */
export function bindingRefusal(host: string, accountsOn: boolean): string | null {
  if (accountsOn || isLoopback(host)) return null;
  return (
    `Refusing to serve on ${host}: without accounts the studio answers only on loopback (127.0.0.1), since anyone who can reach it ` +
    "could read its data and use its teacher keys. Set MAGNET_ACCOUNTS=on and MAGNET_AUTH_SECRET (32+ characters) to serve on other addresses."
  );
}
