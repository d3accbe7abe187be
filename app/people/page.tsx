import { PeopleAdmin } from "@/components/accounts/PeopleAdmin";

export const dynamic = "force-dynamic";

export default function PeoplePage() {
  return <PeopleAdmin />;
}
