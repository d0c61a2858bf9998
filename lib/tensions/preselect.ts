// The places a tension can be raised in, as the form shows them, and which one to preselect.
// Pure (no I/O): lib/tensions/places.ts reads them.
export type Place = { id: string; name: string; isGeneral: boolean; roles: { id: string; name: string }[] };

/**
 * The circle and role to preselect from the URL (?circle=&role=): kept only if they exist here;
 * a role alone brings its circle. Otherwise the general circle.
 */
export function preselect(places: Place[], circleId?: string, roleId?: string): { circleId: string; roleId: string } {
  const byRole = roleId ? places.find((place) => place.roles.some((role) => role.id === roleId)) : undefined;
  const circle = places.find((place) => place.id === circleId) ?? byRole ?? places.find((place) => place.isGeneral) ?? places[0];
  const role = circle?.roles.find((item) => item.id === roleId);
  return { circleId: circle?.id ?? "", roleId: role?.id ?? "" };
}
