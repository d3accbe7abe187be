import { SignInPanel } from "@/components/accounts/SignInPanel";

export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return <SignInPanel next={Array.isArray(next) ? next[0] : next} />;
}
