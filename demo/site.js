// Every page: the copy buttons of the code blocks. The Clipboard API where
// the browser allows it, else a hidden textarea and execCommand('copy'), else
// the code is selected so the visitor can copy it themselves. The result is
// said in the block's polite status ("Copied").

/** Copies `text`; true when it reached the clipboard. */
export async function copyText(text) {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, no focus): try the old way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/** Says `message` in `status`, even when it is the same message twice in a row. */
export function announce(status, message) {
  status.textContent = '';
  setTimeout(() => (status.textContent = message), 50);
}

document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element && event.target.closest('button[data-copy]');
  if (!button) return;
  const code = document.getElementById(button.dataset.copy);
  const status = button.parentElement.querySelector('.copy-status');
  if (!code || !status) return;
  const copied = await copyText(code.textContent);
  button.focus();
  if (copied) {
    announce(status, 'Copied');
  } else {
    getSelection()?.selectAllChildren(code);
    announce(status, 'Selected: press Ctrl+C (⌘C on a Mac) to copy');
  }
});
