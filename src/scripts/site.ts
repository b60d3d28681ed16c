import { initChrome } from './chrome.ts';
import { initSearchBox } from './search/search-box.ts';
import { initSearchPage } from './search/search-page.ts';

// The site's one script, so that the build emits a single file with no imports: browsers
// run it as a classic script from disk (file://), where they refuse module imports.
initChrome();
initSearchBox();
initSearchPage();
