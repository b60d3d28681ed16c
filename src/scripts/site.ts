import { initChrome } from './chrome.ts';
import { initSearchShell } from './search-shell.ts';

// The script of every page: small, so that reading costs little. It emits a single file
// with no imports, as browsers run it as a classic script from disk (file://), where they
// refuse module imports; the search code comes later, when the reader searches.
initChrome();
initSearchShell();
