import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { navigate } from '../../app/route';
import { useT } from '../../i18n/useT';
import { cellAtPoint, type Scores } from './gridModel';
import { StageMark } from './StageMark';

/** Pixels the pointer must travel before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 5;

export interface DragState {
  id: string;
  x: number;
  y: number;
  target: Scores | null;
}

interface GridDotProps {
  stakeholder: Stakeholder;
  isDragging: boolean;
  onDrag(state: DragState | null): void;
  onMove(stakeholder: Stakeholder, to: Scores): void;
  /** An arrow key pressed on the dot: the page steps on from the latest requested place. */
  onArrowKey(stakeholder: Stakeholder, key: string): void;
}

export function dotLabel(stakeholder: Pick<Stakeholder, 'name' | 'shortName'>): string {
  const short = stakeholder.shortName.trim();
  return short && short !== stakeholder.name ? short : stakeholder.name;
}

/** A stakeholder on the grid: click opens it, drag or arrow keys move it. */
export function GridDot({ stakeholder, isDragging, onDrag, onMove, onArrowKey }: GridDotProps) {
  const { t } = useT();
  const press = useRef<{ x: number; y: number; isDrag: boolean } | null>(null);
  const justDragged = useRef(false);
  const shown = dotLabel(stakeholder);
  // The visible short name stays inside the accessible name (WCAG 2.5.3, label in name);
  // not in brackets, which checkers drop from the name.
  const name = shown === stakeholder.name ? stakeholder.name : `${stakeholder.name} – ${shown}`;

  function onPointerDown(event: PointerEvent<HTMLButtonElement>) {
    if (event.button !== 0) return;
    press.current = { x: event.clientX, y: event.clientY, isDrag: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<HTMLButtonElement>) {
    const start = press.current;
    if (!start) return;
    if (!start.isDrag && Math.hypot(event.clientX - start.x, event.clientY - start.y) < DRAG_THRESHOLD) return;
    start.isDrag = true;
    onDrag({
      id: stakeholder.id,
      x: event.clientX,
      y: event.clientY,
      target: cellAtPoint(event.clientX, event.clientY),
    });
  }

  function onPointerUp(event: PointerEvent<HTMLButtonElement>) {
    const start = press.current;
    press.current = null;
    if (!start?.isDrag) return;
    justDragged.current = true;
    onDrag(null);
    const target = cellAtPoint(event.clientX, event.clientY);
    if (target && (target.influence !== stakeholder.influence || target.interest !== stakeholder.interest))
      onMove(stakeholder, target);
  }

  function onPointerCancel() {
    if (press.current?.isDrag) onDrag(null);
    press.current = null;
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'Escape' && press.current?.isDrag) {
      press.current = null;
      onDrag(null);
      return;
    }
    if (!event.key.startsWith('Arrow')) return;
    event.preventDefault();
    onArrowKey(stakeholder, event.key);
  }

  function onClick() {
    // The click that ends a drag is not a request to open the stakeholder.
    if (justDragged.current) {
      justDragged.current = false;
      return;
    }
    navigate({ section: 'stakeholders', id: stakeholder.id });
  }

  return (
    <button
      type="button"
      className={`pi-dot${isDragging ? ' pi-dot-dragging' : ''}`}
      data-stakeholder-id={stakeholder.id}
      data-influence={stakeholder.influence}
      data-interest={stakeholder.interest}
      aria-label={t('grid.dotLabel', { name, influence: stakeholder.influence, interest: stakeholder.interest })}
      title={stakeholder.name}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <StageMark stage={stakeholder.guidelinesStage} />
      <span className="pi-dot-name">{shown}</span>
    </button>
  );
}
