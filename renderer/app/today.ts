// Today's date in the user's time zone, `YYYY-MM-DD`: the one clock reading every screen compares with.
import { format } from 'date-fns';

export const todayIso = (): string => format(new Date(), 'yyyy-MM-dd');
