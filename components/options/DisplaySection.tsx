import { DEFAULT_COLORS } from '../../lib/display/colors';
import { BANNER_POSITIONS, COLOR_KINDS, DISPLAY_SWITCHES, type Settings } from '../../lib/settings/schema';
import { t } from '../platform/i18n';
import { ColorInput } from './ColorInput';
import { SelectInput } from './fields';
import { useSection } from './sections';

/** `display`: the band across the top of the portal, the tab title, the banner's place and the colours. */
export function DisplaySection() {
  const { value: display, edit, locked, error } = useSection('display');
  const set = (patch: Partial<Settings['display']>) =>
    edit((current) => ({ ...current, display: { ...current.display, ...patch } }));
  const setColor = (kind: (typeof COLOR_KINDS)[number], color: string | undefined) =>
    edit((current) => {
      const colors: Record<string, string | undefined> = { ...current.display.colors, [kind]: color };
      if (color === undefined) Reflect.deleteProperty(colors, kind);
      return { ...current, display: { ...current.display, colors } };
    });
  const onOff = DISPLAY_SWITCHES.map((value) => ({ value, label: t(`options_display_${value}`) }));
  return (
    <section aria-labelledby="display-heading" className="section">
      <h2 id="display-heading">{t('options_display')}</h2>
      <p className="hint">{t('options_display_hint')}</p>
      <div className="grid">
        <SelectInput
          label={t('options_display_tint')}
          value={display.tint}
          options={onOff}
          locked={locked('display.tint')}
          onChange={(tint) => set({ tint })}
          testId="display-tint"
        />
        <SelectInput
          label={t('options_display_title')}
          value={display.tabTitle}
          options={onOff}
          locked={locked('display.tabTitle')}
          onChange={(tabTitle) => set({ tabTitle })}
          testId="display-tab-title"
        />
        <SelectInput
          label={t('options_display_banner')}
          value={display.banner}
          options={BANNER_POSITIONS.map((value) => ({ value, label: t(`options_display_banner_${value}`) }))}
          locked={locked('display.banner')}
          onChange={(banner) => set({ banner })}
          testId="display-banner"
        />
      </div>
      <div className="grid">
        {COLOR_KINDS.map((kind) => (
          <ColorInput
            key={kind}
            label={t(`options_color_${kind}`)}
            value={display.colors[kind]}
            fallback={DEFAULT_COLORS[kind]}
            hint={kind === 'customer' ? t('options_color_customer_hint') : undefined}
            locked={locked(`display.colors.${kind}`)}
            error={error(`display.colors.${kind}`)}
            onChange={(color) => setColor(kind, color)}
            testId={`display-color-${kind}`}
          />
        ))}
      </div>
    </section>
  );
}
