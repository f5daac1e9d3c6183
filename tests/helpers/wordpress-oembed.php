<?php
/*
 * WordPress as the client of our oEmbed, with WordPress's own code from wp-includes:
 *   php wordpress-oembed.php discover <page URL> <wp-includes> < page.html
 *     prints the oEmbed URL WP_oEmbed::discover finds in the page (as fetched: at most 150 KB)
 *   php wordpress-oembed.php filter <pasted URL> <wp-includes> < oembed.json
 *     prints the HTML WordPress stores in the post: WP_oEmbed::data2html, then
 *     wp_filter_oembed_result (hooked to `oembed_dataparse`)
 * Only the few functions those files call from the rest of WordPress are stubbed, below;
 * the HTTP request is the one stub that stands in for the network: it returns stdin.
 */
[, $mode, $url] = $argv;
$includes = rtrim($argv[3] ?? '/usr/share/wordpress/wp-includes', '/');
define('ABSPATH', dirname($includes) . '/');
define('WPINC', basename($includes));

// No plugins: every filter returns its value, hooks are not recorded.
function apply_filters($hook, $value, ...$args) { return $value; }
function add_filter(...$args) { return true; }
function add_action(...$args) { return true; }
function home_url($path = '') { return 'https://blog.example/' . ltrim($path, '/'); }
function wp_parse_args($args, $defaults = array()) { return array_merge($defaults, is_array($args) ? $args : array()); }
// As functions.php has them, less the filter.
function wp_allowed_protocols() {
  return array('http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'irc6', 'ircs', 'gopher', 'nntp', 'feed', 'telnet', 'mms', 'rtsp', 'sms', 'svn', 'tel', 'fax', 'xmpp', 'webcal', 'urn');
}
// As pluggable.php does with $special_chars false: letters and digits.
function wp_generate_password($length = 12, $special_chars = true, $extra_special_chars = false) {
  $chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  $password = '';
  for ($i = 0; $i < $length; $i++) $password .= $chars[random_int(0, strlen($chars) - 1)];
  return $password;
}

// The page "fetched" is stdin, cut where WP_Http stops reading (`limit_response_size`).
function wp_safe_remote_get($url, $args = array()) {
  $body = stream_get_contents(STDIN);
  return array('body' => isset($args['limit_response_size']) ? substr($body, 0, $args['limit_response_size']) : $body);
}
function wp_remote_retrieve_body($response) { return $response['body'] ?? ''; }

require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/shortcodes.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/class-wp-oembed.php';
require ABSPATH . WPINC . '/embed.php';

if ($mode === 'discover') {
  $found = _wp_oembed_get_object()->discover($url);
  if ($found === false) { fwrite(STDERR, "no oEmbed discovery link in the page\n"); exit(2); }
  echo $found;
  exit(0);
}
$data = json_decode(stream_get_contents(STDIN));
$html = _wp_oembed_get_object()->data2html($data, $url);
if ($html === false) { fwrite(STDERR, "data2html refused the oEmbed answer\n"); exit(2); }
$filtered = wp_filter_oembed_result($html, $data, $url);
if ($filtered === false) { fwrite(STDERR, "wp_filter_oembed_result refused the HTML (no iframe left)\n"); exit(3); }
echo $filtered;
