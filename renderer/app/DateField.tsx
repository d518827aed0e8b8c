// The one date input: typed DD.MM.RRRR / DD/MM/YYYY (or ISO) and a calendar in the app's language, not the system's.
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { DayPicker } from 'react-day-picker';
import { enGB, pl } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import { useTranslation } from 'react-i18next';
import { formatDate, parseTypedDate, shortDateHint, useFormat } from '../i18n/format';
import { currentTime } from './today';

const pickerLocales = { pl, en: enGB } as const;

export interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  /** `YYYY-MM-DD`, '' or text that is not (yet) a date. */
  value: string;
  /**
   * Called like a text input's change: `currentTarget.value` is `YYYY-MM-DD` once the text is a real date,
   * otherwise the text as typed (so the form's own check can name the problem and nothing typed is lost).
   */
  onChange?: (event: { currentTarget: { value: string } }) => void;
}

const isoDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export function DateField({ value, onChange, readOnly, disabled, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const shown = (v: string) => (parseTypedDate(v) ? formatDate(v, language, 'short') : v);
  const [text, setText] = useState(() => shown(value));
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // A value set from outside (a reset, a computed date, the language switched) replaces the text.
  useEffect(() => {
    setText((current) => (current === value || parseTypedDate(current) === value ? current : shown(value)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  useEffect(() => {
    setText((current) => (parseTypedDate(current) ? formatDate(parseTypedDate(current)!, language, 'short') : current));
  }, [language]);

  const emit = (next: string) => onChange?.({ currentTarget: { value: next } });
  const selected = parseTypedDate(value) ? new Date(`${value}T12:00:00`) : undefined;

  return (
    <TextInput
      {...rest}
      ref={input}
      readOnly={readOnly}
      disabled={disabled}
      value={text}
      placeholder={rest.placeholder ?? shortDateHint[language]}
      autoComplete="off"
      onChange={(e) => {
        const typed = e.currentTarget.value;
        setText(typed);
        emit(parseTypedDate(typed) ?? typed.trim());
      }}
      onBlur={(e) => {
        const iso = parseTypedDate(text);
        if (iso) setText(formatDate(iso, language, 'short'));
        rest.onBlur?.(e);
      }}
      rightSection={
        readOnly || disabled ? undefined : (
          <Popover
            opened={open}
            onChange={setOpen}
            position="bottom-end"
            withinPortal
            hideDetached={false}
            shadow="md"
            onDismiss={() => setOpen(false)}
          >
            <Popover.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('dateField.pick')}
                title={t('dateField.pick')}
                onClick={() => setOpen((o) => !o)}
              >
                <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor">
                  <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" />
                  <path d="M1.5 6.5h13M5 1v3M11 1v3" />
                </svg>
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown p="xs">
              <DayPicker
                mode="single"
                locale={pickerLocales[language]}
                weekStartsOn={1}
                today={currentTime()}
                selected={selected}
                defaultMonth={selected ?? currentTime()}
                captionLayout="dropdown"
                startMonth={new Date(1900, 0)}
                endMonth={new Date(currentTime().getFullYear() + 20, 11)}
                onSelect={(day) => {
                  if (!day) return;
                  const iso = isoDate(day);
                  setText(formatDate(iso, language, 'short'));
                  emit(iso);
                  setOpen(false);
                  input.current?.focus();
                }}
              />
            </Popover.Dropdown>
          </Popover>
        )
      }
    />
  );
}
