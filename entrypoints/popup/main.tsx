import { createRoot } from 'react-dom/client';
import { currentLanguage } from '../../components/platform/i18n';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/popup/popup.css';

document.documentElement.lang = currentLanguage();
createRoot(document.getElementById('root')!).render(<PopupApp />);
