import { defineBackground } from 'wxt/utils/define-background';
import { handleOptionsLinks } from '../components/overlay/options-link';
import { startBackground } from '../components/platform/background-runtime';

export default defineBackground({
  type: 'module',
  main() {
    startBackground();
    handleOptionsLinks();
  },
});
