import { initSearchBox } from './search-box.ts';
import { initSearchPage } from './search-page.ts';

// The search, built as a file of its own (see search-loader.ts) that a page loads only when
// the reader searches: reading an article never downloads it.
initSearchBox();
initSearchPage();
