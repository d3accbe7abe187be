import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/accounts/AccountMenu";
import { TRPCReactProvider } from "@/lib/trpc/client";
import "./globals.css";

export const metadata: Metadata = {
  title: "Magnet Studio",
  description: "Synthesize and curate multi-turn function-calling data with the MAGNET method.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <TRPCReactProvider>
          <header className="topbar">
            <a href="/" className="brand">
              Magnet Studio
            </a>
            <AccountMenu />
          </header>
          <main className="page">{children}</main>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
