import { createRoot } from 'react-dom/client';
import { currentLanguage } from '../../components/platform/i18n';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';

document.documentElement.lang = currentLanguage();
createRoot(document.getElementById('root')!).render(<OptionsApp />);
