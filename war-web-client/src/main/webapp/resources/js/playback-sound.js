/**
 * The sound of the playback page's recorded video. Clips carry the camera's sound only when the user may listen
 * (the recorder strips it otherwise), so the page offers a speaker button once the browser reports audio in the
 * clip playing. The video starts muted, as on the live wall; the button or M turns the sound on and off.
 */

/** Whether the browser found an audio track in what it plays (Chromium counts decoded audio, Firefox says so). */
function clipHasSound(video) {
  return (video.webkitAudioDecodedByteCount ?? 0) > 0 || video.mozHasAudio === true
    || (video.audioTracks?.length ?? 0) > 0;
}

export function playbackSound(video, button) {
  const render = () => {
    button.setAttribute('aria-pressed', String(!video.muted));
    button.textContent = video.muted ? 'Sound off' : 'Sound on';
  };
  const toggle = () => {
    if (!button.hidden) {
      video.muted = !video.muted;
      render();
    }
  };
  const detect = () => {
    const hasSound = clipHasSound(video);
    if (button.hidden === hasSound) {
      button.hidden = !hasSound;
    }
  };
  video.muted = true;
  render();
  button.addEventListener('click', toggle);
  video.addEventListener('timeupdate', detect);
  document.addEventListener('keydown', (event) => {
    if ((event.key === 'm' || event.key === 'M') && !event.ctrlKey && !event.metaKey && !event.altKey
        && !event.target.closest('input, textarea, select, [contenteditable]')) {
      toggle();
    }
  });
}
