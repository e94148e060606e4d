// Plays H.264 from ptzcam over RTSP over WebSocket with the Axis browser player's library under
// node: its browser build (the node build has no WebSocket source), the npm ws package as the
// socket. Usage: node rtsp-over-websocket.cjs <ws url> <rtsp uri> <frames>; exit 0 after <frames>
// H.264 access units came out of its depayloader.
const path = require('path');
const [wsUrl, rtspUri, wanted] = process.argv.slice(2);
// the browser build reads window and window.location for defaults; nothing else of the DOM is used here
globalThis.window = globalThis;
globalThis.location = new URL(wsUrl.replace(/^ws/, 'http'));
const WebSocket = require('ws');
const msl = require(path.join(__dirname, 'node_modules/media-stream-library/dist/browser-cjs.js'));
const ws = new WebSocket(wsUrl, 'binary');
ws.binaryType = 'arraybuffer';
const timer = setTimeout(() => { console.error('timeout'); process.exit(2); }, 30000);
ws.on('open', () => {
  const source = new msl.WSSource(ws);
  const session = new msl.RtspSession({ uri: rtspUri });
  let frames = 0;
  session.onSdp = (sdp) => console.log('sdp media', sdp.media.map((m) => m.rtpmap && m.rtpmap.encodingName).join(','));
  session.onError = (e) => { console.error('rtsp error', e.message); process.exit(3); };
  const sink = msl.Sink.fromHandler((msg) => {
    if (msg.type === msl.MessageType.H264) {
      frames++;
      if (frames >= Number(wanted)) {
        console.log('h264 frames', frames);
        clearTimeout(timer);
        session.stop();
        setTimeout(() => process.exit(0), 500);
      }
    }
  });
  new msl.Pipeline(source, new msl.RtspParser(), session, new msl.H264Depay(), sink);
  session.play();
});
ws.on('error', (e) => { console.error('ws error', e.message); process.exit(4); });
