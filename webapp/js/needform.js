// A need editor that any page can place: title, place, weekly schedule, dates, how many helpers, interests, target
// groups, languages and requirements. It saves with POST or PUT /api/needs (sending back the version it read, so
// a change by someone else in the meantime is reported, not overwritten) and shows the API's field errors next to
// the fields. Used by the institution page; the coordinator desk may import it too.
import {api, h, t} from './app.js';
import {announce, controlFor, showMessage, showProblem, submitting} from './forms.js';
import {WeekEditor} from './weekgrid.js';

let counter = 0;

function list(text) {
    return (text || '').split(',').map(s => s.trim()).filter(Boolean);
}

function field(id, labelKey, control, hintKey) {
    control.id = id;
    const children = [h('label', {for: id}, t(labelKey))];
    if (hintKey) {
        const hint = h('p', {class: 'hint', id: id + '-hint'}, t(hintKey));
        control.setAttribute('aria-describedby', hint.id);
        children.push(hint);
    }
    return h('div', {class: 'field'}, ...children, control);
}

function checks(prefix, name, legendKey, values) {
    return h('fieldset', {'data-field': name, class: 'need-checks'},
        h('legend', {}, t(legendKey)),
        h('div', {class: 'checks'}, values.map((value, i) => {
            const id = `${prefix}-${name}-${i}`;
            return h('label', {for: id}, h('input', {type: 'checkbox', id, value, dataset: {group: name}}), value);
        })));
}

/** Server messages that the shared mapping can only call "invalid" or "out of range" get plainer words here. */
const PLAIN = [
    ['must not be before', 'institution.error.endBeforeStart'],
    ['needs at least one weekly window', 'institution.error.scheduleEmpty'],
    ['must be at most', 'error.tooLong']
];

function plainer(form, error) {
    for (const e of (error && error.problem && error.problem.errors) || []) {
        const found = PLAIN.find(([start]) => e.message && e.message.startsWith(start));
        const control = found ? controlFor(form, e.field) : null;
        if (!control) {
            continue;
        }
        const text = t(found[1]);
        (control.getAttribute('aria-describedby') || '').split(' ').filter(id => id.startsWith('error-'))
            .forEach(id => {
                const note = document.getElementById(id);
                if (note) {
                    note.textContent = note.textContent.replace(/:.*$/s, ': ' + text);
                }
            });
        form.querySelectorAll(`.form-errors a[href="#${CSS.escape(control.id)}"]`).forEach(link => {
            link.textContent = link.textContent.replace(/:.*$/s, ': ' + text);
        });
    }
}

export class NeedForm {
    /**
     * @param container where to draw the form
     * @param options {venues: [{id, name}], municipality, vocabulary: {interests, targetGroups},
     *                 onSaved(need, created), onCancel()}
     */
    constructor(container, {venues = [], municipality, vocabulary = {}, onSaved = () => {}, onCancel = () => {}} = {}) {
        this.prefix = 'need' + (counter++ || '');
        this.venues = venues;
        this.municipality = municipality;
        this.onSaved = onSaved;
        this.onCancel = onCancel;
        this.need = null;
        const p = this.prefix;
        const title = h('input', {type: 'text', name: 'title', required: true, maxlength: '200', autocomplete: 'off'});
        const description = h('textarea', {name: 'description', rows: '4', maxlength: '4000'});
        const venue = h('select', {name: 'venue'}, venues.map(v => h('option', {value: v.id}, v.name)));
        const start = h('input', {type: 'date', name: 'startDate'});
        const end = h('input', {type: 'date', name: 'endDate'});
        const needed = h('input', {type: 'number', name: 'volunteersNeeded', min: '1', max: '100', value: '1',
            inputmode: 'numeric'});
        const overlap = h('input', {type: 'number', name: 'minOverlapMinutes', min: '1', step: '15', inputmode: 'numeric'});
        const languages = h('input', {type: 'text', name: 'languages', value: 'no', autocomplete: 'off'});
        const courses = h('input', {type: 'text', name: 'requirements.courses', autocomplete: 'off'});
        const police = h('input', {type: 'checkbox', name: 'requirements.policeCertificate', id: p + '-police'});
        const confidentiality = h('input', {type: 'checkbox', name: 'requirements.confidentiality',
            id: p + '-confidentiality'});
        const status = h('select', {name: 'status'}, ['OPEN', 'FILLED', 'CLOSED'].map(s =>
            h('option', {value: s}, t('institution.status.' + s))));
        this.heading = h('h2', {tabindex: '-1', id: p + '-heading'});
        this.statusField = field(p + '-status', 'institution.form.status', status, 'institution.form.statusHint');
        const scheduleHolder = h('div', {class: 'need-schedule'});
        this.form = h('form', {class: 'need-form', novalidate: true, 'aria-labelledby': this.heading.id},
            field(p + '-title', 'institution.form.title', title, 'institution.form.titleHint'),
            field(p + '-description', 'institution.form.description', description, 'institution.form.descriptionHint'),
            field(p + '-venue', 'institution.form.venue', venue),
            scheduleHolder,
            h('div', {class: 'row'},
                field(p + '-start', 'institution.form.startDate', start),
                field(p + '-end', 'institution.form.endDate', end)),
            field(p + '-needed', 'institution.form.volunteersNeeded', needed),
            field(p + '-overlap', 'institution.form.minOverlap', overlap, 'institution.form.minOverlapHint'),
            checks(p, 'interests', 'institution.form.interests', vocabulary.interests || []),
            checks(p, 'targetGroups', 'institution.form.targetGroups', vocabulary.targetGroups || []),
            field(p + '-languages', 'institution.form.languages', languages, 'institution.form.languagesHint'),
            h('fieldset', {'data-field': 'requirements'},
                h('legend', {}, t('institution.form.requirements')),
                h('p', {class: 'hint'}, t('institution.form.requirementsHint')),
                h('div', {class: 'checks'},
                    h('label', {for: police.id}, police, t('institution.form.policeCertificate')),
                    h('label', {for: confidentiality.id}, confidentiality, t('institution.form.confidentiality'))),
                field(p + '-courses', 'institution.form.courses', courses, 'institution.form.coursesHint')),
            this.statusField,
            h('div', {class: 'actions'},
                h('button', {type: 'submit', id: p + '-save'}, t('institution.form.save')),
                h('button', {type: 'button', class: 'secondary', id: p + '-cancel', onclick: () => this.onCancel()},
                    t('common.cancel'))));
        this.schedule = new WeekEditor(scheduleHolder, {id: p + '-schedule', legendKey: 'institution.form.schedule'});
        // The API calls this field "schedule"; errors such as schedule[0].to land on the editor.
        this.schedule.root.dataset.field = 'schedule';
        this.controls = {title, description, venue, start, end, needed, overlap, languages, courses, police,
            confidentiality, status};
        this.root = h('section', {class: 'need-editor', 'aria-labelledby': this.heading.id}, this.heading, this.form);
        container.append(this.root);
        this.form.addEventListener('submit', event => {
            event.preventDefault();
            this.save();
        });
        this.edit(null);
    }

    /** Shows the form for a new need (null) or for editing one read from the API. */
    edit(need) {
        this.need = need;
        const c = this.controls;
        const n = need || {};
        this.heading.textContent = need ? t('institution.form.editHeading', need.title) : t('institution.form.newHeading');
        c.title.value = n.title || '';
        c.description.value = n.description || '';
        c.venue.value = String(n.venue || (this.venues[0] && this.venues[0].id) || '');
        c.start.value = n.startDate || '';
        c.end.value = n.endDate || '';
        c.needed.value = n.volunteersNeeded || 1;
        c.overlap.value = n.minOverlapMinutes || '';
        c.languages.value = (n.languages || ['no']).join(', ');
        const req = n.requirements || {};
        c.police.checked = !!req.policeCertificate;
        c.confidentiality.checked = !!req.confidentiality;
        c.courses.value = (req.courses || []).join(', ');
        c.status.value = n.status || 'OPEN';
        this.statusField.hidden = !need;
        this.form.querySelectorAll('input[data-group]').forEach(box => {
            box.checked = (n[box.dataset.group] || []).includes(box.value);
        });
        this.schedule.set(n.schedule || []);
        this.form.querySelectorAll('.field-error').forEach(e => e.remove());
        this.form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
        const summary = this.form.querySelector('.form-errors');
        if (summary) {
            summary.hidden = true;
        }
    }

    focus() {
        this.heading.focus();
    }

    /** The need as the API takes it; fields this form does not show are kept from the need being edited. */
    value() {
        const c = this.controls;
        const picked = group => [...this.form.querySelectorAll(`input[data-group="${group}"]:checked`)].map(b => b.value);
        const number = input => input.value.trim() === '' ? null : Number(input.value);
        const base = this.need ? {...this.need} : {municipality: this.municipality};
        const venue = c.venue.value ? Number(c.venue.value) : null;
        if (this.need && this.need.venue !== venue) {
            // Another venue: let the API take area and location from it instead of keeping the old ones.
            base.area = null;
            base.location = null;
        }
        return {
            ...base,
            title: c.title.value.trim(),
            description: c.description.value.trim() || null,
            venue,
            schedule: this.schedule.value(),
            startDate: c.start.value || null,
            endDate: c.end.value || null,
            volunteersNeeded: number(c.needed),
            minOverlapMinutes: number(c.overlap),
            interests: picked('interests'),
            targetGroups: picked('targetGroups'),
            languages: list(c.languages.value),
            requirements: {
                policeCertificate: c.police.checked,
                confidentiality: c.confidentiality.checked,
                courses: list(c.courses.value)
            },
            status: this.need ? c.status.value : 'OPEN'
        };
    }

    async save() {
        const body = this.value();
        const editing = this.need;
        await submitting(this.form, async () => {
            announce(this.form, t('common.saving'));
            try {
                const saved = editing
                    ? await api('needs/' + editing.id, {method: 'PUT', body})
                    : await api('needs', {method: 'POST', body});
                announce(this.form, t('common.saved'));
                this.onSaved(saved, !editing);
            } catch (e) {
                announce(this.form, '');
                if (e.status === 409) {
                    showMessage(this.form, t('institution.error.conflict'));
                    return;
                }
                showProblem(this.form, e);
                plainer(this.form, e);
            }
        });
    }
}
