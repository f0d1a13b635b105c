import { t } from '../platform/i18n';

/** When the tab shows no support form: how to file for a customer, and the other paths. */
export function Guidance() {
  return (
    <section className="card" aria-labelledby="guidance-heading">
      <h2 id="guidance-heading">{t('popup_guidance_heading')}</h2>
      <h3>{t('popup_guidance_customer_heading')}</h3>
      <p>{t('popup_guidance_customer')}</p>
      <h3>{t('popup_guidance_follow_up_heading')}</h3>
      <p>{t('popup_guidance_follow_up')}</p>
      <h3>{t('popup_guidance_marketplace_heading')}</h3>
      <p>{t('popup_guidance_marketplace')}</p>
      <h3>{t('popup_guidance_own_heading')}</h3>
      <p>{t('popup_guidance_own')}</p>
    </section>
  );
}
