// The one "delete this?" dialog: says what goes, offers Cancel first and a red Delete.
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  title: string;
  message: string;
  onCancel: () => void;
  onConfirm: () => void;
}

export function ConfirmDelete({ opened, title, message, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <Modal closeButtonProps={{ 'aria-label': t('actions.close') }} opened={opened} onClose={onCancel} title={title}>
      <Text size="sm">{message}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm}>
          {t('actions.delete')}
        </Button>
      </Group>
    </Modal>
  );
}
