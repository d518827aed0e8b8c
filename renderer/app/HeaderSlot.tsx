// The middle of the header: the global search box lives here.
import { GlobalSearch } from '../features/search/GlobalSearch';

export function HeaderSlot() {
  return <GlobalSearch />;
}
