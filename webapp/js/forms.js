// Forms: the API's problem documents shown next to the field they concern, plus a summary at the top of the form
// that screen readers announce and that links to each field.
import {describe, h, t, currentLanguage} from './app.js';

const MESSAGE_KEYS = [
    ['is required', 'error.required'],
    ['is not an e-mail', 'error.email'],
    ['is not a phone', 'error.phone'],
    ['must be a time', 'error.time'],
    ['must be a date', 'error.date'],
    ['must be after from', 'error.afterFrom'],
    ['must have at most', 'error.tooLong'],
    ['must be at most', 'error.range'],
    ['must be between', 'error.range'],
    ['must not be before', 'error.range'],
    ['must be one of', 'error.oneOf'],
    ['already', 'error.duplicate'],
    ['at least 10', 'error.password']
];

/** The server's English field message in the reader's language (English readers get the server's own words). */
export function fieldMessage(message) {
    if (currentLanguage() === 'en' && message) {
        return message;
    }
    const found = MESSAGE_KEYS.find(([start]) => message && message.includes(start));
    return t(found ? found[1] : 'error.invalid');
}

/** The control for "availability[0].to": exact name or data-field first, then ever shorter prefixes. */
export function controlFor(form, field) {
    let name = field;
    while (name) {
        const control = form.querySelector(`[name="${CSS.escape(name)}"], [data-field="${CSS.escape(name)}"]`);
        if (control) {
            return control;
        }
        const cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('['));
        name = cut > 0 ? name.substring(0, cut) : '';
    }
    return null;
}

function labelOf(form, control, field) {
    if (!control) {
        return field;
    }
    const label = control.id ? form.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
    if (label) {
        return label.textContent.trim();
    }
    return control.getAttribute('aria-label') || (control.querySelector && control.querySelector('legend')
        ? control.querySelector('legend').textContent.trim() : field);
}

export function clearProblem(form) {
    form.querySelectorAll('.field-error').forEach(e => e.remove());
    form.querySelectorAll('[aria-invalid]').forEach(control => {
        control.removeAttribute('aria-invalid');
        const described = (control.getAttribute('aria-describedby') || '').split(' ')
            .filter(id => id && !id.startsWith('error-')).join(' ');
        described ? control.setAttribute('aria-describedby', described) : control.removeAttribute('aria-describedby');
    });
    const summary = form.querySelector('.form-errors');
    if (summary) {
        summary.hidden = true;
        summary.replaceChildren();
    }
}

/** Shows an ApiError (or any Error) on a form. Field errors go next to their fields; the rest in the summary. */
export function showProblem(form, error) {
    clearProblem(form);
    let summary = form.querySelector('.form-errors');
    if (!summary) {
        summary = h('div', {class: 'form-errors', role: 'alert', tabindex: '-1'});
        form.prepend(summary);
    }
    const errors = (error && error.problem && error.problem.errors) || [];
    if (errors.length === 0) {
        summary.append(h('p', {}, error && error.status !== undefined ? describe(error) : t('common.error.title')));
    } else {
        const list = h('ul');
        errors.forEach((e, i) => {
            const control = controlFor(form, e.field);
            const message = fieldMessage(e.message);
            const label = labelOf(form, control, e.field);
            if (control) {
                const id = `error-${i}-${Date.now()}`;
                const note = h('p', {class: 'field-error', id}, `${label}: ${message}`);
                control.setAttribute('aria-invalid', 'true');
                control.setAttribute('aria-describedby',
                    ((control.getAttribute('aria-describedby') || '') + ' ' + id).trim());
                (control.closest('.field') || control).after(note);
                if (!control.id) {
                    control.id = 'control-' + id;
                }
                list.append(h('li', {}, h('a', {href: '#' + control.id}, `${label}: ${message}`)));
            } else {
                list.append(h('li', {}, `${e.field}: ${message}`));
            }
        });
        summary.append(h('p', {}, t('common.error.summary')), list);
    }
    summary.hidden = false;
    summary.focus();
}

/** Shows one plain message in the form's error summary (e.g. "wrong password"), announced to screen readers. */
export function showMessage(form, text) {
    showProblem(form, {status: -1, problem: {}});
    form.querySelector('.form-errors p').textContent = text;
}

/** Announces a short status ("Lagret.") in a polite live region inside the form (or the given element). */
export function announce(where, text) {
    let status = where.querySelector(':scope > .status');
    if (!status) {
        status = h('p', {class: 'status', role: 'status'});
        where.append(status);
    }
    status.textContent = text;
}

/** Runs an async submit with the button disabled and a busy state, showing any problem on the form. */
export async function submitting(form, work) {
    clearProblem(form);
    const buttons = form.querySelectorAll('button[type="submit"]');
    buttons.forEach(b => b.disabled = true);
    form.setAttribute('aria-busy', 'true');
    try {
        return await work();
    } catch (e) {
        showProblem(form, e);
        return undefined;
    } finally {
        buttons.forEach(b => b.disabled = false);
        form.removeAttribute('aria-busy');
    }
}
