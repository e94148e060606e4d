// The first page: create the first administrator, log in, live MJPEG view, preview-mode banner.
// Talks only to /api/* and /axis-cgi/*; the full web interface will replace this page.
'use strict';
let csrf = '';
const $ = id => document.getElementById(id);

function show(id, on) { $(id).hidden = !on; }
function say(text) { $('message').textContent = text || ''; }

// A rough strength estimate: length and variety of characters (no policy is imposed).
function strength(pw) {
  let classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter(r => r.test(pw)).length;
  let score = 0;
  if (pw.length >= 8) score++;
  if (pw.length >= 12) score++;
  if (classes >= 3) score++;
  if (pw.length >= 16 && classes >= 2) score++;
  return score;
}
const words = ['very weak', 'weak', 'fair', 'good', 'strong'];

async function api(path, body, method) {
  const options = body === undefined ? {} : {
    method: method || 'POST', headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf},
    body: JSON.stringify(body)
  };
  const reply = await fetch(path, options);
  let data = {};
  try { data = await reply.json(); } catch (e) { /* empty body */ }
  return {status: reply.status, data};
}

function minutes(seconds) {
  const m = Math.ceil(seconds / 60);
  return m + (m === 1 ? ' minute' : ' minutes');
}

function render(state) {
  if (state.csrfToken) csrf = state.csrfToken;
  const loggedIn = !!state.user;
  $('who').textContent = loggedIn ? state.user + ' (' + state.role + ')' : '';
  show('logout', loggedIn);
  show('setup', state.needsSetup);
  show('login', !state.needsSetup && !loggedIn);
  show('preview', state.previewSecondsLeft > 0);
  $('previewLeft').textContent = minutes(state.previewSecondsLeft);
  const live = loggedIn || state.previewSecondsLeft > 0;
  show('live', live);
  const img = $('mjpeg');
  if (live && !img.src) img.src = '/axis-cgi/mjpg/video.cgi?fps=10';
  if (!live) img.removeAttribute('src');
  show('security', state.role === 'admin');
  if (state.role === 'admin') loadSecurity();
}

// Fills a <dl> with text only (certificate fields come from uploads: never as HTML).
function facts(id, pairs) {
  const dl = $(id);
  dl.replaceChildren();
  for (const [k, v] of pairs) {
    const dt = document.createElement('dt'); dt.textContent = k;
    const dd = document.createElement('dd'); dd.textContent = v;
    dl.append(dt, dd);
  }
}

async function loadSecurity() {
  const {status, data} = await api('/api/security');
  if (status !== 200) return;
  const list = $('openList');
  list.replaceChildren(...data.reachableWithoutPassword.map(t => {
    const li = document.createElement('li'); li.textContent = t; return li;
  }));
  const h = data.https, c = h.certificate;
  facts('httpsFacts', [['Policy', h.policy], ['HTTP port', h.httpPort > 0 ? h.httpPort : 'closed'],
    ['HTTPS port', h.httpsPort > 0 ? h.httpsPort : 'closed'], ['Redirect HTTP to HTTPS', h.redirectHttpToHttps ? 'yes' : 'no'],
    ['Protocols', h.protocols], ['Accounts', data.accounts + ' (' + data.administrators + ' administrators)']]);
  facts('certFacts', [['Source', c.source], ['Subject', c.subject], ['Issuer', c.issuer],
    ['Names', c.subjectAltNames.join(', ')], ['Valid', c.notBefore + ' to ' + c.notAfter],
    ['SHA-256', c.sha256Fingerprint]]);
}

$('certForm').addEventListener('submit', async e => {
  e.preventDefault();
  const certificate = await $('certFile').files[0].text();
  const privateKey = await $('keyFile').files[0].text();
  const {status, data} = await api('/api/certificate', {certificate, privateKey});
  say(status === 200 ? (data.warning || 'Certificate installed; reload the page to use it.') : data.error);
  await loadSecurity();
});

$('certRevert').addEventListener('click', async () => {
  const {status, data} = await api('/api/certificate', {}, 'DELETE');
  say(status === 200 ? 'Back to the self-signed certificate.' : data.error);
  await loadSecurity();
});

async function refresh() {
  const {data} = await api('/api/state');
  render(data);
}

$('setupPassword').addEventListener('input', () => {
  const s = strength($('setupPassword').value);
  $('strength').value = s;
  $('strengthText').textContent = words[s];
});

$('setupForm').addEventListener('submit', async e => {
  e.preventDefault();
  if ($('setupPassword').value !== $('setupRepeat').value) { say('The passwords differ.'); return; }
  const {status, data} = await api('/api/setup', {user: $('setupUser').value, password: $('setupPassword').value});
  if (status !== 200) { say(data.error || 'Could not create the account.'); await refresh(); return; }
  say('');
  render(data);
});

$('loginForm').addEventListener('submit', async e => {
  e.preventDefault();
  const {status, data} = await api('/api/login', {user: $('loginUser').value, password: $('loginPassword').value});
  if (status !== 200) { say(data.error || 'Login failed.'); return; }
  say('');
  $('mjpeg').removeAttribute('src');
  render(data);
});

$('logout').addEventListener('click', async () => {
  await api('/api/logout', {});
  csrf = '';
  $('mjpeg').removeAttribute('src');
  await refresh();
});

if (location.protocol === 'http:') {
  show('http', true);
  $('httpsLink').href = 'https://' + location.hostname + '/';
}
refresh();
setInterval(refresh, 60000);
