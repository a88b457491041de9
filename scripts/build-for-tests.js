// Builds the Chrome extension into .output/chrome-mv3 with wiki hosts preset through AGENDUM_HOSTS, so its
// content script runs on pages served from loopback. Run directly, it makes the end-to-end tests' build, in
// which localhost is granted but not read: a test adds it as a site at run time.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WXT = fileURLToPath(new URL('../node_modules/wxt/bin/wxt.mjs', import.meta.url));

export const TEST_HOSTS = ['http://127.0.0.1/*'];
/**
 * Granted at install but read only once added in the options page: the wiki the end-to-end tests add at run time
 * (a headless browser cannot answer the permission prompt; asking for a host already granted resolves at once).
 */
export const TEST_GRANTED_HOSTS = ['http://localhost/*'];

/** Runs `wxt build` with `hosts` added to the manifest (and `granted` to its host permissions); rejects when the build fails. */
export function buildExtension(hosts, granted = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WXT, 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, AGENDUM_HOSTS: hosts.join(','), AGENDUM_GRANTED_HOSTS: granted.join(',') },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`wxt build failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildExtension(TEST_HOSTS, TEST_GRANTED_HOSTS).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
