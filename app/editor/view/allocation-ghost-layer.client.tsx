import { Group, Line, Text } from "react-konva";
import { standCorners, type Plan } from "../model";
import { useAllocationGhosts } from "./allocation-ghosts";
import { flat } from "./floor-layer.client";
import type { EditorSession } from "./session";

const GHOST = "#7c3aed";

/**
 * Proposed placements drawn over their stands: a dashed violet outline, a light fill and the
 * exhibitor's name (when the zoom leaves room for it). Part of the overlay layer, not listening.
 */
export function AllocationGhosts({
  session,
  plan,
  halls,
  scale,
}: {
  session: EditorSession;
  plan: Plan;
  halls: ReadonlySet<string>;
  scale: number;
}) {
  const placements = useAllocationGhosts(session);
  if (placements.length === 0) return null;
  const stands = new Map(plan.stands.map((s) => [s.id, s]));
  const names = new Map(plan.exhibitors.map((e) => [e.id, e.name]));
  return (
    <Group>
      {placements.map(({ standId, exhibitorId }) => {
        const stand = stands.get(standId);
        if (!stand || !halls.has(stand.hallId)) return null;
        const corners = standCorners(stand);
        const [x, y] = corners[0]!;
        return (
          <Group key={standId}>
            <Line
              points={flat(corners)}
              closed
              stroke={GHOST}
              strokeWidth={2}
              dash={[6, 4]}
              strokeScaleEnabled={false}
              fill="rgba(124, 58, 237, 0.14)"
              perfectDrawEnabled={false}
            />
            {scale >= 6 ? (
              <Text
                x={x + 0.15}
                y={y + 0.15}
                width={Math.max(0.5, stand.width - 0.3)}
                text={names.get(exhibitorId) ?? exhibitorId}
                fontSize={11 / scale}
                fill={GHOST}
                ellipsis
                wrap="none"
              />
            ) : null}
          </Group>
        );
      })}
    </Group>
  );
}
