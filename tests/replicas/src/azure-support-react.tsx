import {
  Checkbox,
  ChoiceGroup,
  DefaultButton,
  Dropdown,
  PrimaryButton,
  Stack,
  Text,
  TextField,
  type IDropdownOption,
} from '@fluentui/react';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SearchableList, searchableListKind } from './_searchable-lists';
import { COUNTRIES, SERVICES, SUPPORT_TEXTS, TIME_ZONES, replicaLanguage } from './_support-texts';

/**
 * The Azure "New support request" React view, with real Fluent UI v8 controls and real React
 * state. Steps as documented today (A). Switches: pcgReplicaDelay=<ms> renders late,
 * pcgReplicaEmail=<address> pre-fills a (customer's) email, pcgReplicaStep=details starts at
 * Additional details, l=nl for the Dutch labels (C). pcgReplicaCountry=v8-combobox|v9-combobox|
 * v9-dropdown|aria|aria-stubborn renders Country/region as that searchable list
 * (tests/replicas/src/_searchable-lists.tsx). In Dutch the CSP option keeps its English text, as
 * the Dutch docs do (C); pcgReplicaPlanText=translated shows the older guess
 * "Cloudoplossingsprovider" instead.
 */
const params = new URLSearchParams(location.search);
const language = replicaLanguage(location.search);
const texts = SUPPORT_TEXTS[language];
const countryKind = searchableListKind(params.get('pcgReplicaCountry'));
const plans: readonly string[] =
  language === 'nl' && params.get('pcgReplicaPlanText') !== 'translated'
    ? texts.plans.map((plan) => (plan === 'Cloudoplossingsprovider' ? 'Cloud Solution Provider' : plan))
    : texts.plans;

interface FormValues {
  service: string;
  summary: string;
  supportPlan: string;
  severity: string;
  contactMethod: string;
  availability: string;
  supportLanguage: string;
  firstName: string;
  lastName: string;
  email: string;
  additionalEmail: string;
  phone: string;
  country: string;
  timeZone: string;
  saveContact: boolean;
}

const options = (values: readonly string[]): IDropdownOption[] => values.map((value) => ({ key: value, text: value }));

function SupportRequest() {
  const [step, setStep] = useState(params.get('pcgReplicaStep') === 'details' ? 2 : 0);
  const [submitted, setSubmitted] = useState(false);
  const [values, setValues] = useState<FormValues>({
    service: params.get('pcgReplicaService') ?? '',
    summary: '',
    supportPlan: '',
    severity: '',
    contactMethod: '',
    availability: '',
    supportLanguage: '',
    firstName: '',
    lastName: '',
    email: params.get('pcgReplicaEmail') ?? '',
    additionalEmail: '',
    phone: '',
    country: '',
    timeZone: '',
    saveContact: true,
  });
  const renders = useRef(0);
  useEffect(() => {
    renders.current += 1;
    window.__replicaState = { ...values, step, submitted, renders: renders.current };
  });
  const set =
    <K extends keyof FormValues>(key: K) =>
    (value: FormValues[K]) =>
      setValues((old) => ({ ...old, [key]: value }));
  const text = (key: keyof FormValues, label: string, required = true) => (
    <TextField
      label={label}
      required={required}
      value={values[key] as string}
      onChange={(_event, value) => set(key)((value ?? '') as never)}
    />
  );
  const dropdown = (key: keyof FormValues, label: string, choices: readonly string[], required = true) => (
    <Dropdown
      label={label}
      required={required}
      placeholder={texts.select}
      options={options(choices)}
      selectedKey={(values[key] as string) || null}
      onChange={(_event, option) => set(key)(String(option?.key ?? '') as never)}
    />
  );

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16, maxWidth: 560 } }}>
      <Text variant="xLarge">{texts.title}</Text>
      <Stack horizontal tokens={{ childrenGap: 16 }} role="tablist">
        {texts.steps.map((name, index) => (
          <Text
            key={name}
            role="tab"
            aria-selected={index === step}
            styles={{ root: { fontWeight: index === step ? 600 : 400 } }}
          >
            {name}
          </Text>
        ))}
      </Stack>
      {submitted ? <Text data-replica="submitted">{texts.submitted}</Text> : null}
      {step === 0 ? (
        <Stack tokens={{ childrenGap: 8 }} key="problem">
          {dropdown('service', texts.service, SERVICES)}
          {text('summary', texts.summary)}
        </Stack>
      ) : null}
      {step === 1 ? <Text key="solutions">{texts.solutionText}</Text> : null}
      {step === 2 ? (
        <Stack tokens={{ childrenGap: 8 }} key="details">
          <Text variant="large">{texts.supportMethod}</Text>
          {dropdown('supportPlan', texts.supportPlan, plans)}
          {dropdown('severity', texts.severity, texts.severities)}
          <ChoiceGroup
            label={texts.preferredContactMethod}
            required
            selectedKey={values.contactMethod || null}
            options={[
              { key: texts.email_option, text: texts.email_option },
              { key: texts.phone_option, text: texts.phone_option },
            ]}
            onChange={(_event, option) => set('contactMethod')(String(option?.key ?? ''))}
          />
          {text('availability', texts.availability, false)}
          {dropdown('supportLanguage', texts.supportLanguage, texts.languages)}
          <Text variant="large">{texts.contactInfo}</Text>
          {text('firstName', texts.firstName)}
          {text('lastName', texts.lastName)}
          {text('email', texts.email)}
          {text('additionalEmail', texts.additionalEmail, false)}
          {text('phone', texts.phone, false)}
          {countryKind ? (
            <SearchableList
              kind={countryKind}
              label={texts.country}
              placeholder={texts.select}
              options={COUNTRIES}
              value={values.country}
              onChange={(value) => set('country')(value)}
            />
          ) : (
            dropdown('country', texts.country, COUNTRIES)
          )}
          {dropdown('timeZone', texts.timeZone, TIME_ZONES)}
          <Checkbox
            label={texts.saveContact}
            checked={values.saveContact}
            onChange={(_event, checked) => set('saveContact')(Boolean(checked))}
          />
        </Stack>
      ) : null}
      {step === 3 ? <Text key="review">{`${values.service} · ${values.supportPlan} · ${values.email}`}</Text> : null}
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        {step > 0 ? <DefaultButton text={texts.previous} onClick={() => setStep(step - 1)} /> : null}
        {step < 3 ? <PrimaryButton text={texts.next} onClick={() => setStep(step + 1)} /> : null}
        {step === 3 ? <PrimaryButton text={texts.create} onClick={() => setSubmitted(true)} /> : null}
      </Stack>
    </Stack>
  );
}

function Loading() {
  return <Text>{texts.loading}</Text>;
}

const root = createRoot(document.getElementById('root')!);
const delay = Number(params.get('pcgReplicaDelay') ?? 0);
if (delay > 0) {
  root.render(<Loading />);
  setTimeout(() => root.render(<SupportRequest />), delay);
} else {
  root.render(<SupportRequest />);
}
