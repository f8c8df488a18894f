/**
 * What the configuration page's sections (cameras, device groups, roles) share: calls to the /admin endpoints,
 * table cells and row buttons, the in-row delete question, and the forms' save with the server's refusals shown next
 * to the fields they name. The server validates everything; the page only shows what it answers.
 */

import { UserFacingError, callWebClient as callPageEndpoint } from './web-client-calls.js';

export { UserFacingError };

// The configuration page, or the system monitor's own page (monitor.xhtml), which uses the monitor section only.
const page = document.querySelector('main[data-context]');
const context = page.dataset.context;

export function callWebClient(path, init) {
  return callPageEndpoint(context, path, init);
}

export function sendJson(method, path, body) {
  return callWebClient(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/**
 * A section stored or deleted something other sections show (a new group is a row of the rights grid): every
 * section reloads. admin.js listens; the sections only announce.
 */
export function announceChange() {
  page.dispatchEvent(new Event('admin-changed'));
}

export function onChange(listener) {
  page.addEventListener('admin-changed', listener);
}

/** The operator's text for a failed call: the server's message, or `fallback` for anything unexpected. */
export function messageOf(error, fallback) {
  return error instanceof UserFacingError ? error.message : fallback;
}

/** A number field's value for the server: null when empty (the server's default then applies). */
export function numberOrNull(value) {
  return value === '' ? null : Number(value);
}

export function byName(a, b) {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
}

/** 'EVIDENCE_LOCK' → 'Evidence lock', 'PTZ' stays: the model's constant names as column and checkbox labels. */
export function words(constant) {
  if (constant.length <= 3) {
    return constant;
  }
  const text = constant.toLowerCase().replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) {
    td.className = className;
  }
  return td;
}

export function badge(label, tone, title) {
  const td = document.createElement('td');
  const span = document.createElement('span');
  span.className = `badge badge--${tone}`;
  span.textContent = label;
  if (title) {
    span.title = title;
  }
  td.append(span);
  return td;
}

export function button(label, className, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = `button button--quiet ${className}`;
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

/** A status line above a list: the message, or hidden for none. */
export function showStatus(element, message) {
  element.textContent = message ?? '';
  element.hidden = !message;
}

/** True while a delete question waits in `table`: its rows are then not redrawn under the administrator. */
export function isAsking(table) {
  return table.querySelector('.admin-confirm') !== null;
}

const forms = [];

/**
 * The form of one collection of /admin (`collection`: 'cameras', 'device-groups', 'roles') in the side column; only
 * one form is open at a time. `what` names the object in messages ("camera"). `prefix` names its elements:
 * #PREFIX-form with #PREFIX-form-title, #PREFIX-form-status and #PREFIX-cancel, and the list rows' buttons
 * (.PREFIX-edit, .PREFIX-delete, .PREFIX-delete-confirm). Its `.field-error[data-error-for~=FIELD]` slots show the
 * server's refusals; one slot may serve several fields ("grants grants.rights").
 */
export class AdminForm {

  constructor({ collection, what, prefix }) {
    this.form = document.getElementById(`${prefix}-form`);
    this.collection = collection;
    this.what = what;
    this.prefix = prefix;
    this.title = document.getElementById(`${prefix}-form-title`);
    this.status = document.getElementById(`${prefix}-form-status`);
    /** The object being edited ({id, version, …} as listed), or null while adding one. */
    this.editing = null;
    document.getElementById(`${prefix}-cancel`).addEventListener('click', () => this.close());
    forms.push(this);
  }

  /**
   * Lists the collection in `table` by name, a row per object made by `rowOf` (not while the table asks a delete
   * question); a failure shows in `listStatus`. Returns the objects, none when they cannot be read.
   */
  async loadList(table, listStatus, rowOf) {
    try {
      const objects = (await callWebClient(`admin/${this.collection}`)).sort(byName);
      if (!isAsking(table)) {
        table.querySelector('tbody').replaceChildren(...objects.map(rowOf));
      }
      // Only a read failure is over now; a refused delete stays shown after the reload that follows it.
      if (listStatus.dataset.readFailure) {
        delete listStatus.dataset.readFailure;
        showStatus(listStatus, null);
      }
      return objects;
    } catch (e) {
      showStatus(listStatus, messageOf(e, `The ${this.what}s cannot be read right now.`));
      listStatus.dataset.readFailure = 'true';
      return [];
    }
  }

  /**
   * A list row for `object`, data-`rowKey` its id: `cells`, then the actions Edit (`edit(object)`), any `more`
   * buttons, and Delete, which asks `question` first and shows a failure in `listStatus`.
   */
  listRow(object, rowKey, cells, { edit, question, listStatus, more = [] }) {
    const row = document.createElement('tr');
    row.dataset[rowKey] = object.id;
    const actions = document.createElement('td');
    actions.className = 'admin-actions';
    actions.append(button('Edit', `${this.prefix}-edit`, () => edit(object)), ...more,
      button('Delete', `${this.prefix}-delete`, () => this.askToDelete(row, object, question, listStatus)));
    row.append(...cells, actions);
    return row;
  }

  /** Opens the form for `object` (null: a new one), emptied; the caller fills in the object's values. */
  open(object, titleText) {
    forms.filter(other => other !== this).forEach(other => other.close());
    this.form.reset();
    this.clearErrors();
    this.editing = object ?? null;
    this.title.textContent = titleText;
    this.form.hidden = false;
  }

  close() {
    this.editing = null;
    this.form.reset();
    this.form.hidden = true;
  }

  clearErrors() {
    this.form.querySelectorAll('.field-error').forEach(span => { span.textContent = ''; });
    this.form.querySelectorAll('[aria-invalid]').forEach(input => input.removeAttribute('aria-invalid'));
    this.status.hidden = true;
  }

  /** The server's message next to the field it names, or above the form when it names none the form has. */
  showError(error) {
    // A refusal of one element of a list ("motion.include[2]") goes to the list's slot when it has none of its own.
    const slotFor = field => this.form.querySelector(`.field-error[data-error-for~="${CSS.escape(field)}"]`);
    const slot = error.field && (slotFor(error.field) ?? slotFor(error.field.replace(/\[\d+\].*$/, '')));
    if (!slot) {
      showStatus(this.status, error.message);
      return;
    }
    slot.textContent = error.message;
    const input = this.form.elements[error.field];
    if (input instanceof HTMLElement) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  }

  /**
   * Stores `body`: a change of the edited object (with the version the form was opened on) or a new object. On
   * success closes the form and tells every section. A refusal is shown and nothing is stored; a 409 (someone else
   * changed the object since the form was opened) or 404 (someone deleted it) says so and reloads the lists, so the
   * administrator sees their change. `path` replaces the collection's for a new object that belongs to another
   * (a device of a hardware unit: admin/hardware-devices?id=…).
   */
  async save(body, path = `admin/${this.collection}`) {
    this.clearErrors();
    try {
      await (this.editing
        ? sendJson('PUT', `${path}?id=${encodeURIComponent(this.editing.id)}`, { ...body, version: this.editing.version })
        : sendJson('POST', path, body));
      this.close();
      announceChange();
    } catch (e) {
      if (!(e instanceof UserFacingError)) {
        this.showError(new UserFacingError(`The ${this.what} could not be saved. Nothing was changed.`));
      } else if (e.status === 409 && this.editing) {
        this.showError(new UserFacingError(`Nothing was saved: someone else changed this ${this.what} since you `
          + 'opened it. Cancel, then edit it again from the list (it shows their change).'));
        announceChange();
      } else if (e.status === 404 && this.editing) {
        this.showError(new UserFacingError(`Nothing was saved: this ${this.what} no longer exists.`));
        announceChange();
      } else {
        this.showError(e);
      }
    }
  }

  /**
   * Asks once more in the row's actions cell before deleting `object` (`question` names it and what follows); a
   * failure shows in `listStatus`. Either answer redraws the lists.
   */
  askToDelete(row, object, question, listStatus) {
    const actions = row.querySelector('.admin-actions');
    const text = document.createElement('span');
    text.className = 'admin-confirm';
    text.textContent = question;
    // Answered, the row is no longer asking and is redrawn with the lists.
    const settled = () => {
      text.remove();
      announceChange();
    };
    actions.replaceChildren(text,
      button('Delete', `${this.prefix}-delete-confirm`, async () => {
        try {
          await callWebClient(`admin/${this.collection}?id=${encodeURIComponent(object.id)}`, { method: 'DELETE' });
          showStatus(listStatus, null);
          if (this.editing?.id === object.id) {
            this.close();
          }
        } catch (e) {
          showStatus(listStatus, messageOf(e, `The ${this.what} could not be deleted.`));
        }
        settled();
      }),
      button('Cancel', `${this.prefix}-delete-cancel`, settled));
  }
}
