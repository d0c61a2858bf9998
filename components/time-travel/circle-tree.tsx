// The circles on a date as a nested list of links; each opens that circle (?circle=) on the same
// date. The open one is marked for everyone (aria-current and visible text).
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import type { CircleNode } from "@/lib/time-travel/tree";

type Branch = CircleNode & { children: Branch[] };

/** The depth-first list back into branches (depths only ever grow by one step). */
function nest(nodes: readonly CircleNode[]): Branch[] {
  const roots: Branch[] = [];
  const stack: Branch[] = [];
  for (const node of nodes) {
    while (stack.length && stack.at(-1)!.depth >= node.depth) stack.pop();
    const branch = { ...node, children: [] };
    (stack.at(-1)?.children ?? roots).push(branch);
    stack.push(branch);
  }
  return roots;
}

type Props = { nodes: readonly CircleNode[]; openId: string; href: (circleId: string) => string };

export async function CircleTree({ nodes, openId, href }: Props) {
  const t = await getTranslations("timeTravel.at");
  const render = (branches: Branch[], top: boolean) => (
    <ul className={top ? "flex flex-col gap-1" : "ms-5 mt-1 flex flex-col gap-1 border-s border-slate-200 ps-3"}>
      {branches.map((branch) => (
        <li key={branch.id}>
          <Link href={href(branch.id)} aria-current={branch.id === openId ? "true" : undefined}
            className={`link ${branch.id === openId ? "font-semibold" : ""}`}>
            {branch.name}
          </Link>
          {branch.id === openId && <span className="ms-2 text-sm text-slate-600">{t("current")}</span>}
          {branch.children.length > 0 && render(branch.children, false)}
        </li>
      ))}
    </ul>
  );
  return render(nest(nodes), true);
}
