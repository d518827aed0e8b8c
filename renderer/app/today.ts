// The renderer's one clock: the moment (`currentTime`) and today's date in the user's time zone (`todayIso`).
import { format } from 'date-fns';

/** The current moment: timestamps, file names and "how long ago" read it here, never `new Date()`. */
export const currentTime = (): Date => new Date();

/** Today, `YYYY-MM-DD`: the one date every screen and repository compares with. */
export const todayIso = (): string => format(currentTime(), 'yyyy-MM-dd');
