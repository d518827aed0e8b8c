// Settings → Team: server address, login and password → Connect (the password goes to main only); on first
// connect with local data the user sends them or replaces them with the office's, after a backup. Disconnect.
import { Alert, Button, Card, Group, Modal, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamAccount, TeamConnectRequest } from '../../../shared/sync/ipc';
import { platform } from '../../platform';
import { makeAutoBackup } from '../backup/flows';
import { connectTeam, disconnectTeam, localRecordCount, type FirstConnect } from '../../db/sync/team';
import { isTeamSyncOn } from '../../db/sync/switch';

export function TeamCard() {
  const { t } = useTranslation('team');
  const [account, setAccount] = useState<TeamAccount | null>(null);
  const [form, setForm] = useState<TeamConnectRequest>({ url: '', user: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [asking, setAsking] = useState<number | null>(null);

  useEffect(() => {
    void platform.teamAccount().then((r) => r.ok && isTeamSyncOn() && setAccount(r.value));
  }, []);

  const connect = async (choice: FirstConnect) => {
    setAsking(null);
    setBusy(true);
    setMessage(null);
    try {
      if (choice === 'replace' || (await localRecordCount()) > 0) {
        try {
          await makeAutoBackup('safety');
        } catch {
          setMessage({ error: true, text: t('refused.backup') });
          return;
        }
      }
      const result = await connectTeam(form, choice);
      if (result.ok) {
        setAccount(result.account);
        setForm((f) => ({ ...f, password: '' }));
      } else setMessage({ error: true, text: t(`refused.${result.refused}`) });
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    const count = await localRecordCount();
    if (count > 0) setAsking(count);
    else await connect('send');
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
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={t('first.title')}>
        <Stack>
          <Text size="sm">{t('first.body', { count: asking ?? 0 })}</Text>
          <Text size="sm" c="dimmed">
            {t('first.backup')}
          </Text>
          <Button onClick={() => void connect('send')}>{t('first.send')}</Button>
          <Button color="orange" variant="light" onClick={() => void connect('replace')}>
            {t('first.replace')}
          </Button>
          <Button variant="default" onClick={() => setAsking(null)}>
            {t('first.cancel')}
          </Button>
        </Stack>
      </Modal>
    </Card>
  );
}
