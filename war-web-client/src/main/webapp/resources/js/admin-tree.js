/**
 * The configuration page's tree, as the Management Client's site navigation: site, servers, devices, rules and
 * events, security, system. An entry shows its section alone (the address's fragment names it, so reload, back and
 * forward and bookmarks keep it); "All sections" (#all, or no fragment) shows every section one under the other.
 * Arrow keys move between the entries. The shown section is mirrored on <main data-section>.
 */

const page = document.getElementById('admin');
const tree = document.getElementById('admin-tree');
const entries = [...tree.querySelectorAll('.admin-tree-item')];
const sections = [...page.querySelectorAll('[data-admin-section]')];

function show(name) {
  const current = sections.some(section => section.dataset.adminSection === name) ? name : 'all';
  sections.forEach(section => {
    section.hidden = current !== 'all' && section.dataset.adminSection !== current;
  });
  entries.forEach(entry => {
    if (entry.dataset.section === current) {
      entry.setAttribute('aria-current', 'page');
    } else {
      entry.removeAttribute('aria-current');
    }
  });
  page.dataset.section = current;
}

tree.addEventListener('keydown', event => {
  const at = entries.indexOf(document.activeElement);
  const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
  if (at < 0 || step === undefined) {
    return;
  }
  event.preventDefault();
  entries[(at + step + entries.length) % entries.length].focus();
});
window.addEventListener('hashchange', () => show(location.hash.slice(1)));
show(location.hash.slice(1));
