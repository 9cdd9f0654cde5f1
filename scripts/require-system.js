// Installs the Debian packages the test suite uses when they are missing, so that a fresh
// machine needs nothing but `npm ci && npm test`: poppler-utils (pdftotext, pdftoppm) reads the
// address-certificate PDFs back as a person's viewer would; chromium runs the browser suite. Installing needs root (CI runs as
// root); otherwise the tests that need a package say they are skipped and why.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = [
  { name: 'poppler-utils', files: ['/usr/bin/pdftotext', '/usr/bin/pdftoppm'] },
  // The browser suite drives Debian's Chromium with playwright-core; DejaVu renders Kazakh letters.
  { name: 'chromium', files: ['/usr/bin/chromium'] },
  { name: 'fonts-dejavu-core', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'] },
];

const missing = PACKAGES.filter((p) => !p.files.every((f) => existsSync(f)));
if (missing.length > 0) {
  const names = missing.map((p) => p.name);
  if (process.getuid?.() !== 0) {
    console.warn(
      `Missing Debian packages: ${names.join(', ')}. Install them as root; the tests that need them are skipped.`,
    );
  } else {
    console.log(`Installing Debian packages: ${names.join(', ')}`);
    /** @param {string[]} args */
    const apt = (args) =>
      execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    try {
      apt(['install', '-y', '--no-install-recommends', ...names]);
    } catch {
      // A fresh machine may have no package lists yet.
      apt(['update']);
      apt(['install', '-y', '--no-install-recommends', ...names]);
    }
  }
}
