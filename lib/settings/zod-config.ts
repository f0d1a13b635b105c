import { z } from 'zod';

/*
 * Zod 4 probes `new Function("")` the first time a z.object is built, to decide whether to compile
 * fast parsers. The extension pages, the service worker and the content script's isolated world run
 * under the MV3 content security policy, where that probe is a reported policy violation. Jitless
 * mode skips the probe and parses by interpretation. Every module that builds a schema imports this
 * one first, so no import order elsewhere can build a schema before the setting is in place.
 */
z.config({ jitless: true });
