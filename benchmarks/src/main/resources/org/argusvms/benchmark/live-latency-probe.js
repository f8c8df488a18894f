// B4/B5 probe, installed into the web client's live page by LiveLatencyBenchmark (WebDriver executeScript).
// Reads the capture time a stamped simulated camera draws into each picture (camera-simulator FrameStamp: 2 rows of
// 32 cells of 16x16 px at the top-left, cell i = bit 63-i of millis << 16 | check, white = 1) from every frame the
// browser presents (requestVideoFrameCallback, then drawImage + getImageData of the 512x32 corner) and keeps
// presentation time - capture time. Both clocks are this machine's wall clock. It also notes when each fMP4
// fragment arrived on the player's WebSocket (by camera and decode time), which splits the latency into
// capture -> received by the browser and received -> presented.
if (!window.argusLatencyProbe) {
  const CELL = 16, COLUMNS = 32, ROWS = 2, WIDTH = CELL * COLUMNS, HEIGHT = CELL * ROWS;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext('2d', { willReadFrequently: true });

  const check = (millis) =>
    ((Math.floor(millis / 2 ** 32) + (Math.floor(millis / 65536) & 0xFFFF) + (millis & 0xFFFF)) & 0xFFFF) ^ 0x5A5A;

  /** The stamp of the picture the video shows now, or null (no stamp, too small, misread). */
  const readStamp = (video) => {
    if (video.videoWidth < WIDTH || video.videoHeight < HEIGHT) {
      return null;
    }
    context.drawImage(video, 0, 0, WIDTH, HEIGHT, 0, 0, WIDTH, HEIGHT);
    const pixels = context.getImageData(0, 0, WIDTH, HEIGHT).data;
    let millis = 0;
    let checkBits = 0;
    for (let cell = 0; cell < COLUMNS * ROWS; cell++) {
      const left = (cell % COLUMNS) * CELL + CELL / 2 - 2;
      const top = Math.floor(cell / COLUMNS) * CELL + CELL / 2 - 2;
      let sum = 0;
      for (let y = top; y < top + 4; y++) {
        for (let x = left; x < left + 4; x++) {
          const i = (y * WIDTH + x) * 4;
          sum += 0.299 * pixels[i] + 0.587 * pixels[i + 1] + 0.114 * pixels[i + 2];
        }
      }
      const bit = sum / 16 >= 128 ? 1 : 0;
      if (cell < 48) {
        millis = millis * 2 + bit;
      } else {
        checkBits = checkBits * 2 + bit;
      }
    }
    return checkBits === check(millis) ? millis : null;
  };

  /** Wall-clock time the frame of this callback is (expected to be) on screen. */
  const presentedAt = (metadata) => performance.timeOrigin + metadata.expectedDisplayTime;

  /** Where the first box of this type (four letters) has its payload in an ISO BMFF byte array; -1 if absent. */
  const findBox = (bytes, type) => {
    const [a, b, c, d] = Array.from(type, (ch) => ch.charCodeAt(0));
    for (let i = 4; i + 4 <= bytes.length; i++) {
      if (bytes[i] === a && bytes[i + 1] === b && bytes[i + 2] === c && bytes[i + 3] === d) {
        return i + 4;
      }
    }
    return -1;
  };

  /** cameraId -> (decode time in ms -> arrival wall-clock ms), filled by every live WebSocket of the page. */
  const arrivals = new Map();
  const NativeWebSocket = window.WebSocket;
  const ProbedWebSocket = function (url, protocols) {
    const socket = protocols === undefined ? new NativeWebSocket(url) : new NativeWebSocket(url, protocols);
    const camera = /\/live\/([^/?]+)/.exec(String(url));
    if (camera) {
      const byDecodeTime = new Map();
      arrivals.set(decodeURIComponent(camera[1]), byDecodeTime);
      let timescale = 0;
      // added before the player's onmessage, so it runs first and notes the arrival time
      socket.addEventListener('message', (event) => {
        if (!(event.data instanceof ArrayBuffer)) {
          return;
        }
        const arrivedAt = performance.timeOrigin + performance.now();
        const bytes = new Uint8Array(event.data);
        const view = new DataView(event.data);
        if (findBox(bytes.subarray(0, 8), 'ftyp') === 8) { // the init segment: the track's timescale
          const mdhd = findBox(bytes, 'mdhd');
          timescale = mdhd > 0 ? view.getUint32(mdhd + 4 + (bytes[mdhd] === 1 ? 16 : 8)) : 0;
          return;
        }
        const tfdt = findBox(bytes, 'tfdt');
        if (tfdt > 0 && timescale > 0) {
          const decodeTime = bytes[tfdt] === 1
            ? view.getUint32(tfdt + 4) * 2 ** 32 + view.getUint32(tfdt + 8)
            : view.getUint32(tfdt + 4);
          byDecodeTime.set(Math.round(decodeTime / timescale * 1000), arrivedAt);
        }
      });
    }
    return socket;
  };
  ProbedWebSocket.prototype = NativeWebSocket.prototype;
  Object.assign(ProbedWebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
  window.WebSocket = ProbedWebSocket;

  const cameraIdOf = (tileElement) => {
    const name = tileElement.querySelector('.tile-title')?.textContent;
    return Array.from(document.querySelectorAll('button.camera'))
      .find((button) => button.dataset.cameraName === name)?.dataset.cameraId;
  };

  let sampling = null;

  window.argusLatencyProbe = {
    readStamp,

    /**
     * Starts keeping [tile, stamp, presentedAt, presentedFrames, arrivedAt or -1, buffered ms ahead of the playhead]
     * for every frame each tile's video presents.
     */
    start() {
      const session = { samples: [], unreadable: 0, stalls: 0, running: true, quality: new Map() };
      sampling = session;
      document.querySelectorAll('.tile[data-state="live"] video').forEach((video) => {
        const tile = Number(video.closest('.tile').dataset.tile);
        const byDecodeTime = arrivals.get(cameraIdOf(video.closest('.tile'))) || new Map();
        session.quality.set(tile, video.getVideoPlaybackQuality());
        // playback reached the end of the buffered video and waits for the next frame
        video.addEventListener('waiting', () => session.running && session.stalls++);
        const onFrame = (now, metadata) => {
          if (!session.running) {
            return;
          }
          const stamp = readStamp(video);
          if (stamp === null) {
            session.unreadable++;
          } else {
            const buffered = video.buffered;
            const ahead = buffered.length ? buffered.end(buffered.length - 1) - metadata.mediaTime : 0;
            session.samples.push([tile, stamp, presentedAt(metadata), metadata.presentedFrames,
              byDecodeTime.get(Math.round(metadata.mediaTime * 1000)) ?? -1, ahead * 1000]);
          }
          video.requestVideoFrameCallback(onFrame);
        };
        video.requestVideoFrameCallback(onFrame);
      });
      return session.quality.size;
    },

    /** Stops sampling; returns the samples and, per tile, the frames the browser decoded and dropped meanwhile. */
    stop() {
      const session = sampling;
      session.running = false;
      const quality = [];
      document.querySelectorAll('.tile video').forEach((video) => {
        const tile = Number(video.closest('.tile').dataset.tile);
        const before = session.quality.get(tile);
        if (before) {
          const after = video.getVideoPlaybackQuality();
          quality.push([tile, after.totalVideoFrames - before.totalVideoFrames,
            after.droppedVideoFrames - before.droppedVideoFrames]);
        }
      });
      return { samples: session.samples, unreadable: session.unreadable, stalls: session.stalls, quality };
    },

    /**
     * B5: clicks the camera for the (empty) first tile and reports, from the click, when its first frame was
     * presented and how old that frame was, and when the first frame at most liveMs old was presented.
     */
    firstFrame(cameraName, liveMs, timeoutMs, done) {
      const video = document.querySelector('.tile[data-tile="0"] video');
      const button = Array.from(document.querySelectorAll('button.camera'))
        .find((candidate) => candidate.dataset.cameraName === cameraName);
      if (!video || !button) {
        done({ error: `no tile or no camera ${cameraName}` });
        return;
      }
      const result = { firstMs: null, firstAgeMs: null, liveMs: null };
      let clickedAt = 0;
      const onFrame = (now, metadata) => {
        const shownAt = presentedAt(metadata);
        const stamp = readStamp(video);
        if (result.firstMs === null) {
          result.firstMs = shownAt - clickedAt;
          result.firstAgeMs = stamp === null ? null : shownAt - stamp;
        }
        if (stamp !== null && shownAt - stamp <= liveMs) {
          result.liveMs = shownAt - clickedAt;
          done(result);
        } else if (shownAt - clickedAt > timeoutMs) {
          done(result);
        } else {
          video.requestVideoFrameCallback(onFrame);
        }
      };
      // The player gives the video a new source when the stream's description arrives; watch frames from then on.
      video.addEventListener('loadstart', () => video.requestVideoFrameCallback(onFrame), { once: true });
      setTimeout(() => done(result), timeoutMs + 1000);
      clickedAt = performance.timeOrigin + performance.now();
      button.click();
    },
  };
}
