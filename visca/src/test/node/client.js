// Drives the camera with the third-party npm package visca-over-ip (raw VISCA over UDP) and
// prints one JSON line per step: the library's events and the raw replies it received.
// Usage: node client.js <port>. Exit 0 when every step ended; the Java test judges the results.
'use strict';
const { ViscaCamera, ViscaCommand, Constants: C } = require('visca-over-ip');

const port = Number(process.argv[2]);
const camera = new ViscaCamera('127.0.0.1', port);
let raw = [];
// first in line, so a reply is recorded before the library's handler ends the step
camera.client.prependListener('message', (data) => raw.push(Buffer.from(data).toString('hex')));

function inquiry(dataType, data, description) {
  return new ViscaCommand({ messageType: C.MSGTYPE_INQUIRY, dataType, data, description });
}

// A step ends at 'complete' or 'error'; a command's 'ack' is recorded on the way.
function step(name, command) {
  return new Promise((resolve) => {
    raw = [];
    const events = [];
    const timer = setTimeout(() => finish('timeout'), 20000);
    function finish(how, data) {
      clearTimeout(timer);
      events.push(how);
      console.log(JSON.stringify({ step: name, events, data: data === undefined ? null : data, raw }));
      resolve();
    }
    command.on('ack', () => events.push('ack'));
    command.on('complete', (data) => finish('complete', data));
    command.on('error', (err) => finish('error', String(err)));
    camera.sendCommand(command);
  });
}

// the library connects its UDP socket asynchronously and cannot send before that
camera.client.once('connect', async () => {
  await step('powerInq', inquiry(C.DATATYPE_CAMERA, [0x00], 'power inquiry'));
  await step('absolute', ViscaCommand.cameraPanTiltDirect(0x18, 0x14, 432, 144, false)); // 30°, 10°
  await step('panTiltPosInq', inquiry(C.DATATYPE_OPERATION, [0x12], 'pan-tilt position'));
  await step('zoomDirect', ViscaCommand.cameraZoomDirect(0x2000));
  await step('zoomPosInq', inquiry(C.DATATYPE_CAMERA, [0x47], 'zoom position'));
  await step('presetSet', ViscaCommand.cameraPresetSet(4));
  await step('home', ViscaCommand.cameraPanTiltHome());
  await step('presetRecall', ViscaCommand.cameraPresetRecall(4));
  await step('wbModeInq', inquiry(C.DATATYPE_CAMERA, [0x35], 'white balance mode (not ours)'));
  camera.client.close();
});
