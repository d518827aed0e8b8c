// Free text with each e-mail address in it as a link to the user's mail program (the rest stays as typed).
import { Anchor } from '@mantine/core';
import { Fragment } from 'react';
import { mailtoHref, splitEmails } from '../../shared/contact/emailLinks';

export function EmailText({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <>
      {splitEmails(text).map((part, i) =>
        part.email ? (
          <Anchor key={i} href={mailtoHref(part.text)} fz="sm">
            {part.text}
          </Anchor>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
