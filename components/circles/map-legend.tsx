// The visible key to the map's colours and what a click on each shape does.
import { getTranslations } from "@/lib/i18n/server";
import { MAP_STYLE, type MapStyleKey } from "./map-style";

const ENTRIES: MapStyleKey[] = ["focus", "subCircle", "role"];

export async function MapLegend() {
  const t = await getTranslations("circles.map.legend");
  return (
    <div>
      <h3 className="font-semibold">{t("title")}</h3>
      <ul className="mt-1 flex flex-col gap-1 text-sm text-slate-700">
        {ENTRIES.map((key) => (
          <li key={key} className="flex items-center gap-2">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <circle cx="8" cy="8" r="6.5" fill={MAP_STYLE[key].fill} stroke={MAP_STYLE[key].stroke} strokeWidth="1.5" />
            </svg>
            {t(key)}
          </li>
        ))}
      </ul>
    </div>
  );
}
