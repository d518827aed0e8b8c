// The office's profile: the municipality with the Polish case forms the UI needs, voivodeship, office, contacts, coat of arms.
import { Button, Group, Image, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LOGO_MAX_BYTES, homeTownSchema, logoFromBytes, type HomeTown } from '../../../shared/domain';
import { useUnsavedGuard } from '../../app/UnsavedGuard';
import { notifyError, notifySuccess } from '../../app/notify';
import { homeTownSetting, writeSetting } from '../../db/repositories/settings';
import { i18n } from '../../i18n';
import { platform } from '../../platform';
import { validationText } from '../partners/validationText';

export const VOIVODESHIPS = [
  'dolnośląskie',
  'kujawsko-pomorskie',
  'lubelskie',
  'lubuskie',
  'łódzkie',
  'małopolskie',
  'mazowieckie',
  'opolskie',
  'podkarpackie',
  'podlaskie',
  'pomorskie',
  'śląskie',
  'świętokrzyskie',
  'warmińsko-mazurskie',
  'wielkopolskie',
  'zachodniopomorskie',
] as const;

const formSchema = homeTownSchema.omit({ example: true, country: true });
type Values = z.input<typeof formSchema>;
const FIELDS = ['name', 'genitive', 'locative', 'officeName', 'address', 'phone', 'email'] as const;

function valuesOf(profile: HomeTown | undefined): Values {
  const values: Values = { name: profile?.name ?? '', region: profile?.region ?? '', logo: profile?.logo };
  for (const f of FIELDS) if (f !== 'name') values[f] = profile?.[f] ?? '';
  return values;
}

interface Props {
  profile?: HomeTown;
  /** Called after the profile is stored. */
  onSaved?: () => void;
}

export function OfficeProfileForm({ profile, onSaved }: Props) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const { control, register, handleSubmit, formState, reset, setValue, watch } = useForm<Values>({
    resolver: zodResolver(formSchema),
    defaultValues: valuesOf(profile),
    mode: 'onChange',
  });
  // A profile stored meanwhile (a save's re-read, or another desk) updates the fields the user has not changed.
  useEffect(() => reset(valuesOf(profile), { keepDirtyValues: true }), [profile, reset]);
  const logo = watch('logo');
  const err = (name: FieldPath<Values>) => {
    const message = formState.errors[name]?.message;
    return message?.startsWith('logo.') ? t(`profile.${message}`) : validationText(message);
  };
  const field = (name: (typeof FIELDS)[number], extra: { required?: boolean; type?: string } = {}) => (
    <TextInput
      label={t(`profile.${name}`)}
      description={i18n.exists(`profile.${name}Help`, { ns: 'settings' }) ? t(`profile.${name}Help`) : undefined}
      withAsterisk={extra.required}
      type={extra.type}
      error={err(name)}
      {...register(name)}
    />
  );
  const pickLogo = async () => {
    const opened = await platform.openFile({
      filters: [{ name: t('profile.logoFilter'), extensions: ['png', 'jpg', 'jpeg', 'webp'] }],
      maxBytes: LOGO_MAX_BYTES,
    });
    if (!opened.ok) return notifyError(opened.error.code === 'too-large' ? t('profile.logo.tooLarge') : tc('file.io'));
    if ('canceled' in opened.value) return;
    const result = logoFromBytes(opened.value.data);
    if (!result.ok) return notifyError(t(`profile.${result.error}`));
    setValue('logo', result.dataUrl, { shouldDirty: true, shouldValidate: true });
  };
  const save = async (values: Values) => {
    const cleaned = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== undefined));
    try {
      await writeSetting(homeTownSetting, { ...cleaned, name: values.name, country: profile?.country ?? 'PL' });
      reset(values);
      notifySuccess(t('profile.saved'));
      onSaved?.();
    } catch {
      notifyError(tc('db.validation'));
    }
  };
  // Leaving the page with unsaved changes asks first; Ctrl+S saves like the button.
  const guarded = useUnsavedGuard(
    formState.isDirty && !formState.isSubmitting,
    () => undefined,
    () => void handleSubmit(save)(),
  );
  return (
    <form onSubmit={(e) => void handleSubmit(save)(e)} onKeyDown={guarded.saveKeys} aria-label={t('profile.title')}>
      {guarded.guard}
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {field('name', { required: true })}
          {field('genitive')}
          {field('locative')}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="region"
            render={({ field: f }) => (
              <Select
                label={t('profile.region')}
                data={[...VOIVODESHIPS]}
                clearable
                searchable
                value={f.value || null}
                onChange={(v) => f.onChange(v ?? '')}
              />
            )}
          />
          {field('officeName')}
        </SimpleGrid>
        {field('address')}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {field('phone', { type: 'tel' })}
          {field('email', { type: 'email' })}
        </SimpleGrid>
        <Group align="center">
          {logo ? (
            <Image src={logo} alt={t('profile.logoAlt')} h={64} w="auto" fit="contain" />
          ) : (
            <Text size="sm" c="dimmed">
              {t('profile.noLogo')}
            </Text>
          )}
          <Button variant="default" onClick={() => void pickLogo()}>
            {logo ? t('profile.changeLogo') : t('profile.chooseLogo')}
          </Button>
          {logo && (
            <Button variant="subtle" color="red" onClick={() => setValue('logo', undefined, { shouldDirty: true })}>
              {t('profile.removeLogo')}
            </Button>
          )}
          <Text size="xs" c="dimmed">
            {t('profile.logoHelp', { size: `${LOGO_MAX_BYTES / 1024} kB` })}
          </Text>
        </Group>
        {err('logo') && (
          <Text size="sm" c="red">
            {err('logo')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" disabled={!formState.isDirty && !!profile?.name && !profile.example}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
