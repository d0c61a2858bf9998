// The accessible equivalent of the map: the same level as nested lists. The focused circle, then
// each of its sub-circles with its kind, its number of roles and, when it has sub-circles of its
// own, a link that zooms the map on it. One level at a time, like the map, so the page weighs the
// same in a 10-circle association and a 500-circle cooperative (docs/decisions/0011-pages-that-stay-light.md).
import { getTranslations } from "@/lib/i18n/server";
import type { CircleTreeNode } from "@/lib/circles/tree";

type Links = { circleHref: (id: string) => string; zoomHref: (id: string) => string };

const TREE_STYLE = [
  "flex flex-col gap-1",
  "[&_ul]:ms-4 [&_ul]:mt-1 [&_ul]:flex [&_ul]:flex-col [&_ul]:gap-1 [&_ul]:border-s [&_ul]:border-slate-300 [&_ul]:ps-3",
  "[&_a]:text-brand-700 [&_a]:underline [&_a]:underline-offset-4 [&_a:hover]:text-brand-800",
  "[&_span]:text-sm [&_span]:text-slate-700",
].join(" ");

type Props = Links & { focus: CircleTreeNode };

export async function CircleTree({ focus, circleHref, zoomHref }: Props) {
  const t = await getTranslations("circles");
  const facts = (node: CircleTreeNode) => `${t(`kinds.${node.kind}`)} · ${t("tree.roles", { count: node.roleCount })}`;
  return (
    // Styles are set once here for every level (descendant selectors), not repeated on each item.
    <ul aria-label={t("tree.label")} className={TREE_STYLE}>
      <li>
        <a href={circleHref(focus.id)} className="font-medium">
          {focus.name}
        </a>{" "}
        <span>{facts(focus)}</span>
        {focus.children.length > 0 && (
          <ul>
            {focus.children.map((child) => (
              <li key={child.id}>
                <a href={circleHref(child.id)} className="font-medium">
                  {child.name}
                </a>{" "}
                <span>{facts(child)}</span>
                {child.children.length > 0 && (
                  <>
                    {" · "}
                    <a href={zoomHref(child.id)} aria-label={t("tree.zoom", { name: child.name, count: child.children.length })} className="text-sm">
                      {t("tree.subCircles", { count: child.children.length })}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </li>
    </ul>
  );
}
