// The frame of one Settings section: a titled region with an optional word on what it is for.
import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function Section({
  id,
  title,
  help,
  children,
}: {
  id: string;
  title: string;
  help?: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={`settings-${id}`}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={`settings-${id}`}>
          {title}
        </Title>
        {help && (
          <Text size="sm" c="dimmed">
            {help}
          </Text>
        )}
        {children}
      </Stack>
    </Card>
  );
}
