// Settings → Team: address, login, password → Connect (the password goes to main only); first connect with local data:
// send them or take the office's (backup first; warned when a login without `youth` removes minors'). Disconnect.
import { Alert, Button, Card, Group, Modal, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamAccount, TeamConnectRequest } from '../../../shared/sync/ipc';
import { platform } from '../../platform';
import { makeAutoBackup } from '../backup/flows';
import {
  checkTeamLogin,
  disconnectTeam,
  forgetTeamLogin,
  joinOffice,
  localRecordCount,
  youthRecordCount,
  type FirstConnect,
} from '../../db/sync/team';
import { isTeamSyncOn } from '../../db/sync/switch';

/** The first-connect question: records on this desk, and the minors' records a login without `youth` removes. */
interface Asking {
  account: TeamAccount;
  count: number;
  youthRemoved: number;
}

export function TeamCard() {
  const { t } = useTranslation('team');
  const [account, setAccount] = useState<TeamAccount | null>(null);
  const [form, setForm] = useState<TeamConnectRequest>({ url: '', user: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);

  useEffect(() => {
    void platform.teamAccount().then((r) => r.ok && isTeamSyncOn() && setAccount(r.value));
  }, []);

  const join = async (checked: TeamAccount, choice: FirstConnect, count: number) => {
    setAsking(null);
    setBusy(true);
    setMessage(null);
    try {
      if (choice === 'replace' || count > 0) {
        try {
          await makeAutoBackup('safety');
        } catch {
          await forgetTeamLogin();
          setMessage({ error: true, text: t('refused.backup') });
          return;
        }
      }
      await joinOffice(checked, choice);
      setAccount(checked);
      setForm((f) => ({ ...f, password: '' }));
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const checked = await checkTeamLogin(form);
      if (!checked.ok) {
        setMessage({ error: true, text: t(`refused.${checked.refused}`) });
        return;
      }
      const count = await localRecordCount();
      if (count === 0) return void (await join(checked.account, 'send', 0));
      const youthRemoved = checked.account.roles.includes('youth') ? 0 : await youthRecordCount();
      setAsking({ account: checked.account, count, youthRemoved });
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setAsking(null);
    void forgetTeamLogin();
  };

  const disconnect = async () => {
    setBusy(true);
    try {
      await disconnectTeam();
      setAccount(null);
      setMessage({ error: false, text: t('disconnected') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="settings-team">
      <Stack gap="sm">
        <Title order={2} size="h4" id="settings-team">
          {t('title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('help')}
        </Text>
        {message && (
          <Alert color={message.error ? 'red' : 'blue'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </Alert>
        )}
        {account ? (
          <Group justify="space-between">
            <Stack gap={0}>
              <Text size="sm">{t('connectedAs', { user: account.user, url: account.url })}</Text>
              <Text size="xs" c="dimmed">
                {t('roles', { roles: account.roles.join(', ') })}
              </Text>
            </Stack>
            <Button variant="default" loading={busy} onClick={() => void disconnect()}>
              {t('disconnect')}
            </Button>
          </Group>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Stack gap="xs">
              <TextInput
                label={t('url')}
                description={t('urlHelp')}
                required
                value={form.url}
                onChange={(e) => setForm({ ...form, url: e.currentTarget.value })}
              />
              <TextInput
                label={t('user')}
                required
                autoComplete="username"
                value={form.user}
                onChange={(e) => setForm({ ...form, user: e.currentTarget.value })}
              />
              <PasswordInput
                label={t('password')}
                required
                autoComplete="current-password"
                value={form.password}
                onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
              />
              <Group>
                <Button type="submit" loading={busy}>
                  {t('connect')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
      <Modal opened={asking !== null} onClose={cancel} title={t('first.title')}>
        {asking && (
          <Stack>
            <Text size="sm">{t('first.body', { count: asking.count })}</Text>
            {asking.youthRemoved > 0 && (
              <Alert color="orange" role="alert" title={t('first.youthTitle')}>
                {t('first.youthRemoved', { count: asking.youthRemoved, user: asking.account.user })}
              </Alert>
            )}
            <Text size="sm" c="dimmed">
              {t('first.backup')}
            </Text>
            <Button onClick={() => void join(asking.account, 'send', asking.count)}>{t('first.send')}</Button>
            <Button color="orange" variant="light" onClick={() => void join(asking.account, 'replace', asking.count)}>
              {t('first.replace')}
            </Button>
            <Button variant="default" onClick={cancel}>
              {t('first.cancel')}
            </Button>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
