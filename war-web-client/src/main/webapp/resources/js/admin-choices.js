/**
 * Choice controls the configuration forms fill from the lists the page has read: a select of cameras or time
 * profiles, a checkbox per camera. A choice the administrator cannot see (a camera outside their rights) is listed by
 * its id and stays chosen, so saving never drops it unasked.
 */

import { byName } from './admin-page.js';

/** `choices`: [{id, name}], ordered by name; `first`: [value, label] of a leading "none" option, if any. */
export function fillSelect(select, choices, chosen, first) {
  const known = choices.some(choice => choice.id === chosen);
  const options = [...choices].sort(byName).map(choice => [choice.id, choice.name]);
  if (chosen && !known) {
    options.push([chosen, `${chosen} (not visible to you)`]);
  }
  if (first) {
    options.unshift(first);
  }
  select.replaceChildren(...options.map(([value, label]) => {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = label;
    return option;
  }));
  select.value = chosen ?? (first ? first[0] : '');
}

/** Suggestions of a text field: an option per value in `datalist`. */
export function fillDatalist(datalist, values) {
  datalist.replaceChildren(...values.map(value => {
    const option = document.createElement('option');
    option.value = value;
    return option;
  }));
}

/** One checkbox named `name` per camera in `container` (its legend stays), ticked for `chosenIds`. */
export function fillCameraCheckboxes(container, name, cameras, chosenIds) {
  const known = new Set(cameras.map(camera => camera.id));
  const choices = [...cameras].sort(byName).map(camera => [camera.id, camera.name])
    .concat(chosenIds.filter(id => !known.has(id)).map(id => [id, `${id} (not visible to you)`]));
  container.querySelectorAll('label').forEach(label => label.remove());
  container.append(...choices.map(([id, label]) => {
    const element = document.createElement('label');
    element.className = 'admin-check';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = id;
    box.checked = chosenIds.includes(id);
    element.append(box, ` ${label}`);
    return element;
  }));
}

/** The values of the ticked checkboxes in `container`. */
export function checkedValues(container) {
  return [...container.querySelectorAll('input[type="checkbox"]:checked')].map(box => box.value);
}

/** A camera's or profile's name for a list: its id when it is not listed (not visible to this administrator). */
export function nameOf(list, id) {
  return list.find(item => item.id === id)?.name ?? id;
}

/** The text of an optional field for the server: null when empty (the server then applies its default). */
export function textOrNull(value) {
  const text = value.trim();
  return text === '' ? null : text;
}
