// A settings section's whole numbers (months, years, children per adult) as one draft with one Save button.
import { NumberInput, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyFailure } from '../../app/failure';
import { notifySuccess } from '../../app/notify';
import { SaveBar, useSectionDraft } from './SaveBar';

export interface NumberField {
  name: string;
  label: string;
  description?: string;
  min: number;
  max: number;
  /** The stored value. */
  value: number;
}

type Draft = Record<string, number | string>;

const stored = (fields: NumberField[]): Draft => Object.fromEntries(fields.map((f) => [f.name, f.value]));
const valid = (f: NumberField, v: number | string | undefined) =>
  typeof v === 'number' && Number.isInteger(v) && v >= f.min && v <= f.max;

export function NumbersForm({
  label,
  fields,
  onSave,
}: {
  label: string;
  fields: NumberField[];
  onSave: (values: Record<string, number>) => Promise<void>;
}) {
  const { t } = useTranslation('settings');
  const [draft, setDraft] = useState<Draft>(() => stored(fields));
  const base = useRef<Draft>(stored(fields));
  const key = fields.map((f) => `${f.name}=${f.value}`).join('&');
  // A value stored meanwhile (here or on another desk) becomes the starting point of a field the user has not
  // changed; a field being typed in keeps what was typed (a save's own re-read may arrive after the next keystrokes).
  useEffect(() => {
    const before = base.current;
    const next = stored(fields);
    base.current = next;
    setDraft((d) => {
      const kept = (name: string) => (d[name] === before[name] ? next[name]! : d[name]!);
      return Object.fromEntries(fields.map((f) => [f.name, kept(f.name)]));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const dirty = fields.some((f) => draft[f.name] !== f.value);
  const ok = fields.every((f) => valid(f, draft[f.name]));
  const save = async () => {
    if (!ok || !dirty) return;
    try {
      await onSave(Object.fromEntries(fields.map((f) => [f.name, draft[f.name] as number])));
      notifySuccess(t('sections.saved'));
    } catch (error) {
      notifyFailure('save', error);
    }
  };
  const section = useSectionDraft(dirty, () => void save());
  return (
    <form
      aria-label={label}
      onKeyDown={section.saveKeys}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      noValidate
    >
      {section.guard}
      <Stack gap="sm">
        {fields.map((f) => (
          <NumberInput
            key={f.name}
            label={f.label}
            description={f.description}
            min={f.min}
            max={f.max}
            allowDecimal={false}
            maw={480}
            value={draft[f.name]}
            onChange={(v) => setDraft((d) => ({ ...d, [f.name]: v }))}
            error={valid(f, draft[f.name]) ? undefined : t('sections.range', { min: f.min, max: f.max })}
          />
        ))}
        <SaveBar dirty={dirty} ready={ok} />
      </Stack>
    </form>
  );
}
