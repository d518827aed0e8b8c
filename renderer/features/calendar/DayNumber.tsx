// A day's number in the grids: a button that opens a new event on that day (named by its long date), filled for today.
import type { CSSProperties, ReactNode } from 'react';
import './grid.css';

interface Props {
  day: string;
  /**
   * The day's accessible name: its long date from the date helper. Left out where the visible text is a whole date
   * of its own (the week's column heads): a name must contain what the button shows, for those who say what they see.
   */
  label?: string;
  today: boolean;
  /** The visible text (the day of the month unless given). */
  children?: ReactNode;
  onCreate?: (date: string) => void;
  /** A hint on hover (what a click does). */
  title?: string;
  style?: CSSProperties;
}

/** Today's number sits on a filled disc (a shape, not only a colour), and says so to screen readers. */
export const TODAY_FILL: CSSProperties = {
  display: 'inline-block',
  minWidth: 20,
  padding: '0 5px',
  borderRadius: 10,
  background: 'var(--mantine-color-indigo-8)',
  color: 'white',
  fontWeight: 800,
  textAlign: 'center',
};

export function DayNumber({ day, label, today, children, onCreate, title, style }: Props) {
  const text = <span style={today ? TODAY_FILL : undefined}>{children ?? Number(day.slice(8))}</span>;
  if (!onCreate)
    return (
      <span aria-current={today ? 'date' : undefined} style={style}>
        {text}
      </span>
    );
  return (
    <button
      type="button"
      aria-label={label}
      aria-current={today ? 'date' : undefined}
      title={title}
      onClick={() => onCreate(day)}
      className="cal-daynum"
      style={style}
    >
      {text}
    </button>
  );
}
