import { renderPrivacyPage } from '../../components/privacy/page';
import '../../components/privacy/privacy.css';

renderPrivacyPage(document.getElementById('root')!);
