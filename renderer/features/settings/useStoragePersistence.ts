// Whether the browser keeps the office's data under storage pressure (undefined while asking).
import { useEffect, useState } from 'react';

export function useStoragePersistence(): boolean | undefined {
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    let alive = true;
    const ask = navigator.storage?.persisted?.bind(navigator.storage);
    if (!ask) {
      setPersisted(false);
      return;
    }
    ask().then(
      (value) => alive && setPersisted(value),
      () => alive && setPersisted(false),
    );
    return () => {
      alive = false;
    };
  }, []);
  return persisted;
}
