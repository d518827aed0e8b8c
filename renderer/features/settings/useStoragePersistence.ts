// Whether the office's data is kept under storage pressure (undefined while asking). It asks for persistence
// itself when it is not granted yet, so the answer never races the request made at start.
import { useEffect, useState } from 'react';
import { requestPersistence } from '../../db/open';

export function useStoragePersistence(): boolean | undefined {
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    let alive = true;
    void requestPersistence().then((value) => alive && setPersisted(value));
    return () => {
      alive = false;
    };
  }, []);
  return persisted;
}
