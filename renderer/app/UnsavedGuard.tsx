// A form with changes asks before it closes: on Esc, a click outside, Cancel, or navigating to another page.
import { Button, Group, Modal, Text } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useContext, useEffect, useEffectEvent, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router';

/**
 * Reports a blocked navigation while `dirty.current`; only rendered under the app's data router. Read when the
 * navigation happens, so a form released on save can navigate in the same handler.
 */
function NavigationBlock({
  dirty,
  onBlocked,
}: {
  dirty: RefObject<boolean>;
  onBlocked: (b: ReturnType<typeof useBlocker>) => void;
}) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty.current && currentLocation.pathname !== nextLocation.pathname,
  );
  // Reported once per blocked navigation: the caller's callback is new on every render and must not re-run this.
  const report = useEffectEvent(onBlocked);
  useEffect(() => {
    if (blocker.state === 'blocked') report(blocker);
  }, [blocker]);
  return null;
}

/**
 * `requestClose` closes at once when nothing changed, otherwise asks first; `guard` is the question (render it
 * inside the form's dialog). `saveKeys` is an onKeyDown handler saving on Ctrl+S (Cmd+S on a Mac). `release`
 * stops guarding at once, until the next render: call it when the changes were saved, before closing or navigating.
 */
export function useUnsavedGuard(dirty: boolean, close: () => void, save?: () => void) {
  const { t } = useTranslation();
  const live = useRef(dirty);
  live.current = dirty;
  const release = () => {
    live.current = false;
  };
  const [asking, setAsking] = useState(false);
  const [blocked, setBlocked] = useState<ReturnType<typeof useBlocker> | null>(null);
  const underDataRouter = useContext(UNSAFE_DataRouterContext) !== null;
  const requestClose = () => (dirty ? setAsking(true) : close());
  const keep = () => {
    setAsking(false);
    blocked?.reset?.();
    setBlocked(null);
  };
  const discard = () => {
    setAsking(false);
    if (blocked) {
      blocked.proceed?.();
      setBlocked(null);
    }
    close();
  };
  const guard = (
    <>
      {underDataRouter && (
        <NavigationBlock
          dirty={live}
          onBlocked={(b) => {
            setBlocked(b);
            setAsking(true);
          }}
        />
      )}
      {/*
        Esc inside the question goes back to the form. Mantine's own Esc handling listens on the window, where the
        very keydown that opened the question can reach the question's fresh listener too and close it again at
        once; the question therefore handles only keys pressed within it.
      */}
      <Modal
        opened={asking}
        onClose={keep}
        closeOnEscape={false}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          keep();
        }}
        title={t('unsaved.title')}
        zIndex={400}
      >
        <Text size="sm">{t('unsaved.message')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={keep} data-autofocus>
            {t('unsaved.keep')}
          </Button>
          <Button color="red" onClick={discard}>
            {t('unsaved.discard')}
          </Button>
        </Group>
      </Modal>
    </>
  );
  const saveKeys: (event: KeyboardEvent<HTMLElement>) => void = save
    ? getHotkeyHandler([['mod+S', () => save()]])
    : () => undefined;
  return { requestClose, guard, saveKeys, release };
}
