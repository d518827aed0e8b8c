// Drag and drop in the month and week grids (@dnd-kit/core): an item dragged to another day or hour, or its end edge
// dragged to change its length. Where it lands is read from the grid under the pointer (`data-day`, `data-slot`).
import { DndContext, PointerSensor, useDraggable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import type { CalendarItem } from '../../../shared/calendar/items';
import { dragged, type Span, type Spot } from './moves';
import './grid.css';

export type OnMove = (item: CalendarItem, span: Span) => void;

/** The day (and hour) under a point, looking through whatever is being dragged. */
function spotAt(x: number, y: number): Spot | undefined {
  for (const el of document.elementsFromPoint(x, y)) {
    if (el.closest('[data-drag]')) continue;
    const slot = el.closest<HTMLElement>('[data-slot]')?.dataset.slot;
    if (slot) return { day: slot.slice(0, 10), time: slot.slice(11, 16) };
    const day = el.closest<HTMLElement>('[data-day]')?.dataset.day;
    if (day) return { day };
  }
  return undefined;
}

/** Which part was grabbed: the end edge, or the item itself. */
const edgeOf = (event: Event | null): 'move' | 'end' =>
  event?.target instanceof Element && event.target.closest('[data-edge="end"]') ? 'end' : 'move';

/** When the last drag ended: the click that ends a drag must not also open the item. */
let droppedAt = 0;

export function DragLayer({ onMove, children }: { onMove?: OnMove; children: ReactNode }) {
  // A few pixels of movement before a drag starts: a plain click still opens the item.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  if (!onMove) return children;
  const onDragEnd = ({ active, activatorEvent, delta }: DragEndEvent) => {
    droppedAt = performance.now();
    const item = (active.data.current as { item: CalendarItem } | undefined)?.item;
    const pointer = activatorEvent as PointerEvent;
    if (!item) return;
    const grab = spotAt(pointer.clientX, pointer.clientY);
    const drop = spotAt(pointer.clientX + delta.x, pointer.clientY + delta.y);
    if (!grab || !drop) return;
    const span = dragged({ start: item.start, end: item.end }, grab, drop, edgeOf(activatorEvent));
    if (span) onMove(item, span);
  };
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      {children}
    </DndContext>
  );
}

interface MovableProps {
  item: CalendarItem;
  /** Where the end edge sits: right in day rows, bottom in the hour grid. */
  endEdge: 'right' | 'bottom';
  /** Fill the box it sits in (a bar, a block in the hour grid). */
  fill?: boolean;
  /** False outside a DragLayer with a move handler: the item is drawn as is. */
  enabled: boolean;
  children: ReactNode;
}

/** An item that can be dragged to another day or hour, with a handle on its end edge to change its length. */
export function Movable({ enabled, ...props }: MovableProps) {
  return enabled ? <MovableInContext {...props} /> : props.children;
}

function MovableInContext({ item, endEdge, fill, children }: Omit<MovableProps, 'enabled'>) {
  // One draggable for the item and its end edge (a month holds hundreds): the press tells which was grabbed.
  const drag = useDraggable({ id: item.key, data: { item } });
  const edge = drag.isDragging ? edgeOf(drag.activatorEvent) : undefined;
  const t = edge === 'move' ? drag.transform : null;
  const stretch = edge === 'end' ? drag.transform : null;
  return (
    <div
      ref={drag.setNodeRef}
      {...drag.listeners}
      className="cal-movable"
      data-fill={fill || undefined}
      data-drag={edge ? '' : undefined}
      // Written only while dragged: at rest the class does it (a month holds hundreds of these).
      style={
        edge
          ? {
              transform: t ? `translate3d(${t.x}px, ${t.y}px, 0)` : undefined,
              zIndex: 3,
              opacity: edge === 'move' ? 0.85 : undefined,
              // While its end is dragged the item grows with the pointer.
              marginRight: endEdge === 'right' && stretch ? -stretch.x : undefined,
              marginBottom: endEdge === 'bottom' && stretch ? -stretch.y : undefined,
            }
          : undefined
      }
      onClickCapture={(e) => {
        if (performance.now() - droppedAt < 400) e.stopPropagation();
      }}
    >
      {children}
      <div aria-hidden data-edge="end" data-edge-side={endEdge} className="cal-end-edge" />
    </div>
  );
}
