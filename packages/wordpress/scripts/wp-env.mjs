// A throwaway WordPress on loopback for the plugin's tests: Debian's wordpress, MariaDB and Apache
// (installed with apt-get when missing; about 2½ minutes on a fresh machine), everything else in a
// temporary folder that stop() deletes:
//   - MariaDB: its own data folder, reached through a socket in that folder only (no TCP);
//   - Apache: its own configuration on 127.0.0.1 and a free port, started with `setsid` (stopping
//     `apache2 -DFOREGROUND` signals its whole process group, which would otherwise be ours);
//   - WordPress: Debian's /usr/share/wordpress, whose wp-config.php reads
//     /etc/wordpress/config-<name>.php; <name> is this run's own (WORDPRESS_CONFIG, set by Apache
//     for web requests and by php() for command-line scripts), so nothing else is touched;
//     wp-content is in the temporary folder (Debian's themes and languages linked in, the plugin
//     installed from build/netweave.zip by WordPress's own unzip_file()).
// Installed with WordPress's own wp_install() from a PHP command-line script (Debian has no
// wp-cli), with an administrator, an Author and a Contributor.
//
// startWordPress({ release: '6.5' }) does the same with WordPress 6.5 instead of Debian's 6.1, so
// the plugin's script-module path runs too: the release zip of @wp-playground/wordpress-builds (a
// pinned dev dependency; this machine reaches npm but not wordpress.org) unpacked into the
// temporary folder, with the static files Playground keeps apart (public/wp-<release>: CSS,
// JavaScript, theme.json…) copied back in, and a plain wp-config.php on the same MariaDB (the
// build's own SQLite plugin is a separate zip, left out).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const PLUGIN_ZIP = join(here, '../build/netweave.zip');
const WORDPRESS = '/usr/share/wordpress';
const PLAYGROUND = join(here, '../../../node_modules/@wp-playground/wordpress-builds');

export const USERS = {
  admin: { login: 'admin', password: 'admin-Passw0rd-test', role: 'administrator' },
  author: { login: 'author', password: 'author-Passw0rd-test', role: 'author' },
  contributor: { login: 'contributor', password: 'contrib-Passw0rd-test', role: 'contributor' },
};

const log = (message) => console.error(`[wp-env] ${message}`);

/** Installs Debian's packages when one is missing. */
export function ensurePackages() {
  const missing = [
    ['/usr/share/wordpress/wp-load.php', 'wordpress'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    ['/usr/sbin/apache2', 'apache2'],
    ['/usr/lib/apache2/modules/libphp8.2.so', 'libapache2-mod-php'],
    ['/usr/bin/phpunit', 'phpunit'],
  ].filter(([file]) => !existsSync(file));
  if (!missing.length) return;
  const started = Date.now();
  log(`installing ${missing.map(([, p]) => p).join(' ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync(
    'apt-get',
    ['install', '-y', '-qq', 'wordpress', 'mariadb-server', 'apache2', 'libapache2-mod-php', 'phpunit'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    },
  );
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` (async, truthy when done) until it is, or throws after `timeout` ms. */
export async function until(what, check, timeout = 30_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end)
      throw new Error(`${what} did not happen in ${timeout / 1000} s${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const phpString = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Runs PHP with this site's WordPress loaded (as a command-line request to it); returns stdout.
 * `{ dir, name, port }` are startWordPress()'s (the end-to-end test gets them from the environment).
 */
export function phpRunner({ dir, name, port, root = WORDPRESS }) {
  return (code, { installing = false } = {}) => {
    const file = join(dir, `php-${randomBytes(4).toString('hex')}.php`);
    writeFileSync(
      file,
      `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['WORDPRESS_CONFIG'] = '${name}';
${installing ? "define('WP_INSTALLING', true);\nfunction wp_new_blog_notification() {}\n" : ''}require '${root}/wp-load.php';
${code}
`,
    );
    const r = spawnSync(
      'php',
      ['-d', 'display_errors=stderr', '-d', 'error_reporting=E_ALL & ~E_DEPRECATED', file],
      {
        encoding: 'utf8',
      },
    );
    rmSync(file, { force: true });
    if (r.status !== 0) throw new Error(`PHP failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  };
}

/**
 * Unpacks WordPress `release` (e.g. '6.5': the package's src/wordpress/wp-<release>.zip) from
 * @wp-playground/wordpress-builds into `root`: the release zip (PHP), then the static files the
 * build keeps apart.
 */
function unpackPlayground(release, root) {
  const zip = join(PLAYGROUND, `src/wordpress/wp-${release}.zip`);
  const assets = join(PLAYGROUND, `public/wp-${release}`);
  if (!existsSync(zip) || !existsSync(assets))
    throw new Error(
      `WordPress ${release} is not in node_modules/@wp-playground/wordpress-builds: run npm install at the repository's root`,
    );
  mkdirSync(root, { recursive: true });
  execFileSync('unzip', ['-q', '-o', zip, '-d', root]);
  execFileSync('cp', ['-a', `${assets}/.`, `${root}/`]);
}

/** The version of the WordPress in `root` (its wp-includes/version.php). */
function wordpressVersion(root) {
  const source = readFileSync(join(root, 'wp-includes/version.php'), 'utf8');
  return /\$wp_version\s*=\s*'([^']+)'/.exec(source)?.[1] ?? 'unknown';
}

/**
 * Starts everything; resolves with what the tests need and stop(). `release`: WordPress from
 * @wp-playground/wordpress-builds (e.g. '6.5') instead of Debian's; `port`: a free port chosen
 * beforehand (freePort()), when the collector must know the site's address first.
 */
export async function startWordPress({ release, port: chosenPort } = {}) {
  ensurePackages();
  const dir = mkdtempSync(join(tmpdir(), 'netweave-wp-'));
  chmodSync(dir, 0o755);
  const name = `netweave-test-${randomBytes(4).toString('hex')}`;
  const root = release ? join(dir, 'wordpress') : WORDPRESS;
  // Debian's wp-config.php reads /etc/wordpress/config-<name>.php; the unpacked release's own
  // wp-config.php reads the same constants from the temporary folder.
  const configFile = release ? join(dir, 'config.php') : `/etc/wordpress/config-${name}.php`;
  const port = chosenPort ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        try {
          // Apache runs in its own process group (setsid): signal that group, never ours.
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          child.kill('SIGTERM');
        }
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null && child.signalCode === null) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* gone */
          }
        }
      }
    }
    rmSync(configFile, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB.
    const socket = join(dir, 'mysql.sock');
    execFileSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${dir}/db`,
        '--user=root',
        '--auth-root-authentication-method=socket',
        '--skip-test-db',
      ],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const db = spawn(
      'setsid',
      [
        'mariadbd',
        '--no-defaults',
        `--datadir=${dir}/db`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${dir}/mysqld.pid`,
        '--user=root',
        `--log-error=${dir}/mysqld.log`,
        '--innodb-buffer-pool-size=32M',
        '--skip-log-bin',
      ],
      { stdio: 'ignore', detached: false },
    );
    children.push(db);
    const sql = (statement) =>
      spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], {
        encoding: 'utf8',
      });
    await until('MariaDB answering', () => sql('SELECT 1').status === 0);
    const dbPassword = randomBytes(12).toString('hex');
    const created = sql(
      `CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${dbPassword}'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`,
    );
    if (created.status !== 0) throw new Error(`MariaDB: ${created.stderr}`);

    // WordPress itself, when it is not Debian's.
    if (release) {
      unpackPlayground(release, root);
      writeFileSync(
        join(root, 'wp-config.php'),
        `<?php
// Written by netweave's wp-env.mjs: this test site's constants are in ${configFile}.
require '${configFile}';
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
if (!defined('ABSPATH')) { define('ABSPATH', __DIR__ . '/'); }
require_once ABSPATH . 'wp-settings.php';
`,
      );
    }

    // wp-content: the release's themes and Debian's languages (6.1's, the only Welsh here: the
    // site can be switched to Welsh); the plugin is installed from its zip below.
    const content = join(dir, 'wp-content');
    mkdirSync(join(content, 'plugins'), { recursive: true });
    mkdirSync(join(content, 'uploads'), { recursive: true });
    execFileSync('chown', ['www-data:www-data', join(content, 'uploads')]);
    symlinkSync(join(root, 'wp-content/themes'), join(content, 'themes'));
    symlinkSync(join(WORDPRESS, 'wp-content/languages'), join(content, 'languages'));
    if (!existsSync(PLUGIN_ZIP))
      throw new Error('build/netweave.zip is missing: npm run build -w @netweave/wordpress');
    // This machine has no outside network: WordPress's emoji script would fetch images from
    // s.w.org (a browser without colour emoji fonts), and the toolbar avatars from gravatar.com.
    mkdirSync(join(content, 'mu-plugins'));
    writeFileSync(
      join(content, 'mu-plugins/netweave-test-offline.php'),
      `<?php
// Written by netweave's wp-env.mjs: a site with no outside network loads nothing from s.w.org or gravatar.com.
remove_action('wp_head', 'print_emoji_detection_script', 7);
remove_action('wp_print_styles', 'print_emoji_styles');
remove_action('admin_print_scripts', 'print_emoji_detection_script');
remove_action('admin_print_styles', 'print_emoji_styles');
add_filter('option_show_avatars', '__return_false');
`,
    );

    const salts = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ]
      .map((k) => `define('${k}', '${randomBytes(24).toString('hex')}');`)
      .join('\n');
    writeFileSync(
      configFile,
      `<?php
// Written by netweave's packages/wordpress/scripts/wp-env.mjs for one test run; deleted after it.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '${dbPassword}');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_DEBUG', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
${salts}
`,
    );
    chmodSync(configFile, 0o644);

    // Apache.
    const modules = '/usr/lib/apache2/modules';
    writeFileSync(
      join(dir, 'apache.conf'),
      `ServerRoot ${dir}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/apache.pid
DefaultRuntimeDir ${dir}
Mutex file:${dir}
User www-data
Group www-data
ErrorLog ${dir}/apache-error.log
LogLevel warn
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule alias_module ${modules}/mod_alias.so
LoadModule rewrite_module ${modules}/mod_rewrite.so
LoadModule env_module ${modules}/mod_env.so
LoadModule php_module ${modules}/libphp8.2.so
StartServers 2
MinSpareServers 2
MaxSpareServers 4
TypesConfig /etc/mime.types
AddType text/javascript .js
DocumentRoot ${root}
DirectoryIndex index.php
SetEnv WORDPRESS_CONFIG ${name}
Alias /wp-content ${content}
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory />
  Require all denied
  AllowOverride None
</Directory>
<Directory ${root}>
  Options FollowSymLinks
  Require all granted
  RewriteEngine On
  RewriteBase /
  RewriteRule ^index\\.php$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
<Directory ${content}>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${root}/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
`,
    );
    const apache = spawn('setsid', ['apache2', '-f', join(dir, 'apache.conf'), '-DFOREGROUND'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let apacheErr = '';
    apache.stderr.on('data', (c) => (apacheErr += c));
    children.push(apache);

    const env = {
      dir,
      name,
      url,
      port,
      socket,
      root,
      version: wordpressVersion(root),
      stop,
      php: phpRunner({ dir, name, port, root }),
    };

    env.php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('netweave test site', ${phpString(USERS.admin.login)}, 'admin@example.org', false, '', ${phpString(USERS.admin.password)});
${Object.values(USERS)
  .filter((u) => u.role !== 'administrator')
  .map(
    (u) =>
      `if (is_wp_error(wp_insert_user(array('user_login' => ${phpString(u.login)}, 'user_pass' => ${phpString(u.password)}, 'user_email' => ${phpString(`${u.login}@example.org`)}, 'role' => ${phpString(u.role)})))) { exit(1); }`,
  )
  .join('\n')}
echo 'installed';`,
      { installing: true },
    );
    env.php(
      // Installed as a partner would: WordPress unpacks netweave.zip into the plugins folder
      // (unzip_file, what Plugins → Add New → Upload does), then it is activated.
      `require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
WP_Filesystem();
$r = unzip_file(${phpString(PLUGIN_ZIP)}, WP_PLUGIN_DIR);
if (is_wp_error($r)) { fwrite(STDERR, 'unzip: ' . $r->get_error_message()); exit(1); }
switch_theme('twentytwentythree');
$r = activate_plugin('netweave/netweave.php');
if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message()); exit(1); }`,
    );
    await until(
      'Apache answering',
      async () => {
        if (apache.exitCode !== null) throw new Error(`apache2 exited: ${apacheErr}`);
        const r = await fetch(`${url}/wp-login.php`);
        return r.status === 200;
      },
      30_000,
    );
    env.errorLog = () =>
      existsSync(join(dir, 'apache-error.log')) ? readFileSync(join(dir, 'apache-error.log'), 'utf8') : '';
    return env;
  } catch (error) {
    await stop();
    throw error;
  }
}
