/** Debian's Chromium: browser downloads are not available on the machines that run the tests. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags under which that Chromium runs headless on these machines: no sandbox, GPU or background traffic. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
