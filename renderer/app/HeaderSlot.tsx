// The middle of the header: the global search box lives here.
export function HeaderSlot() {
  return <div />;
}
