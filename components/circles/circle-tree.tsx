// The accessible equivalent of the map, and more: every active circle as nested lists, each with
// its kind and number of roles, linking to its page (and, when it has sub-circles, to the map
// centred on it). Below the second level, sub-circles fold into <details> so that a 500-circle
// organisation stays readable; the branch holding the focused circle is unfolded.
import { getTranslations } from "next-intl/server";
import type { CircleTreeNode } from "@/lib/circles/tree";

type Translate = Awaited<ReturnType<typeof getTranslations<"circles">>>;
type Links = { circleHref: (id: string) => string; zoomHref: (id: string) => string };

const TREE_STYLE = [
  "flex flex-col gap-1",
  "[&_ul]:ms-4 [&_ul]:mt-1 [&_ul]:flex [&_ul]:flex-col [&_ul]:gap-1 [&_ul]:border-s [&_ul]:border-slate-300 [&_ul]:ps-3",
  "[&_a]:text-brand-700 [&_a]:underline [&_a]:underline-offset-4 [&_a:hover]:text-brand-800",
  "[&_span]:text-sm [&_span]:text-slate-700 [&_summary]:cursor-pointer [&_summary]:text-sm [&_summary]:text-slate-700",
].join(" ");

/** Levels shown unfolded: the general circle's children and theirs. */
const OPEN_LEVELS = 2;

function Node({ node, t, links, openPath }: { node: CircleTreeNode; t: Translate; links: Links; openPath: Set<string> }) {
  const list = (
    <ul>
      {node.children.map((child) => (
        <Node key={child.id} node={child} t={t} links={links} openPath={openPath} />
      ))}
    </ul>
  );
  return (
    <li>
      <a href={links.circleHref(node.id)} className="font-medium">
        {node.name}
      </a>{" "}
      <span>
        {t(`kinds.${node.kind}`)} · {t("tree.roles", { count: node.roleCount })}
      </span>
      {node.children.length > 0 && (
        <>
          {" "}
          <a href={links.zoomHref(node.id)} aria-label={t("tree.zoom", { name: node.name })} className="text-sm">
            {t("tree.zoomShort")}
          </a>
          {node.depth < OPEN_LEVELS ? (
            list
          ) : (
            <details open={openPath.has(node.id)}>
              <summary>{t("tree.subCircles", { count: node.children.length, name: node.name })}</summary>
              {list}
            </details>
          )}
        </>
      )}
    </li>
  );
}

type Props = Links & { root: CircleTreeNode; /** The focused circle and its ancestors. */ openPath: Set<string> };

export async function CircleTree({ root, openPath, circleHref, zoomHref }: Props) {
  const t = await getTranslations("circles");
  return (
    // Styles are set once here for every level (descendant selectors): a 500-circle tree would
    // otherwise repeat the same classes on each of its thousands of elements.
    <ul aria-label={t("tree.label")} className={TREE_STYLE}>
      <Node node={root} t={t} links={{ circleHref, zoomHref }} openPath={openPath} />
    </ul>
  );
}
