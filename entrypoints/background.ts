import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../components/platform/background-runtime';

export default defineBackground({
  type: 'module',
  main() {
    startBackground();
  },
});
