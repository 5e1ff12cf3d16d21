// Follow-up of the municipality's matches: status changes the lifecycle allows, a note, hours given.
import {api, dateText, h, numberText, t} from '../app.js';
import {showMessage, submitting} from '../forms.js';
import {NEXT, STATUSES, say, statusText} from './common.js';

export class FollowPanel {
    constructor(desk) {
        this.desk = desk;
        this.filter = document.getElementById('follow-filter');
        this.body = document.querySelector('#follow-table tbody');
        this.status = document.getElementById('follow-status');
        this.filter.replaceChildren(h('option', {value: ''}, t('common.all')),
            ...STATUSES.map(s => h('option', {value: s}, statusText(s))));
        this.filter.addEventListener('change', () => this.render());
        this.open = null;
    }

    render() {
        const wanted = this.filter.value;
        const order = s => STATUSES.indexOf(s);
        const shown = this.desk.matches
            .filter(m => !wanted || m.status === wanted)
            .sort((a, b) => order(a.status) - order(b.status) || String(b.updatedAt).localeCompare(String(a.updatedAt)));
        document.getElementById('follow-count').textContent = t('coordinator.follow.count', shown.length, this.desk.matches.length);
        const rows = [];
        shown.forEach(m => {
            rows.push(this.row(m));
            if (this.open === m.id) {
                rows.push(this.editor(m));
            }
        });
        if (shown.length === 0) {
            rows.push(h('tr', {}, h('td', {colspan: '6'}, t('coordinator.follow.none'))));
        }
        this.body.replaceChildren(...rows);
    }

    row(m) {
        const last = [...(m.history || [])].reverse().find(e => e.note);
        const final = NEXT[m.status] && NEXT[m.status].length === 0;
        return h('tr', {id: `match-${m.id}`, class: 'status-' + m.status},
            h('th', {scope: 'row'}, m.needTitle || m.need),
            h('td', {'data-label': t('coordinator.follow.volunteer')}, m.volunteerName || m.volunteer),
            h('td', {'data-label': t('coordinator.follow.status')},
                h('span', {class: 'badge' + (m.status === 'DECLINED' ? ' urgent' : '')}, statusText(m.status))),
            h('td', {class: 'num', 'data-label': t('coordinator.follow.hours')}, numberText(m.hoursGiven || 0, 1)),
            h('td', {'data-label': t('coordinator.follow.last'), class: last ? null : 'desk-empty'},
                last ? h('span', {}, last.note, h('span', {class: 'meta'}, ' (', dateText(last.at), ')')) : ''),
            h('td', {}, h('button', {type: 'button', class: 'secondary', id: `edit-${m.id}`,
                    'aria-expanded': this.open === m.id ? 'true' : 'false', 'aria-controls': `editor-${m.id}`,
                    'aria-label': t(final ? 'coordinator.follow.noteFor' : 'coordinator.follow.editFor',
                        m.needTitle || m.need, m.volunteerName || m.volunteer),
                    onclick: () => this.toggle(m)},
                final ? t('coordinator.follow.note') : t('coordinator.follow.edit'))));
    }

    toggle(m) {
        this.open = this.open === m.id ? null : m.id;
        this.render();
        if (this.open === m.id) {
            document.getElementById(`status-${m.id}`).focus();
        } else {
            document.getElementById(`edit-${m.id}`).focus();
        }
    }

    editor(m) {
        const next = NEXT[m.status] || [];
        const form = h('form', {class: 'desk-editor', novalidate: true},
            h('div', {class: 'row'},
                h('div', {class: 'field'},
                    h('label', {for: `status-${m.id}`}, t('coordinator.follow.newStatus')),
                    h('select', {id: `status-${m.id}`, name: 'status'},
                        h('option', {value: m.status}, t('coordinator.follow.keep', statusText(m.status))),
                        next.map(s => h('option', {value: s}, statusText(s))))),
                h('div', {class: 'field'},
                    h('label', {for: `hours-${m.id}`}, t('coordinator.follow.hoursTotal')),
                    h('input', {id: `hours-${m.id}`, name: 'hoursGiven', type: 'number', min: String(m.hoursGiven || 0),
                        step: '0.5', inputmode: 'decimal', value: String(m.hoursGiven || 0),
                        'aria-describedby': `hours-hint-${m.id}`}),
                    h('span', {class: 'hint', id: `hours-hint-${m.id}`}, t('coordinator.follow.hoursHint')))),
            h('div', {class: 'field'},
                h('label', {for: `note-${m.id}`}, t('coordinator.follow.noteLabel')),
                h('textarea', {id: `note-${m.id}`, name: 'note', rows: '2', maxlength: '2000'})),
            next.length === 0 ? h('p', {class: 'hint'}, t('coordinator.follow.final', statusText(m.status))) : null,
            (m.history || []).length > 0
                ? h('details', {class: 'desk-history'},
                    h('summary', {}, t('coordinator.follow.history', m.history.length)),
                    h('ol', {}, m.history.map(e => h('li', {},
                        dateText(e.at), ' – ', e.status ? statusText(e.status) : t('coordinator.follow.noteOnly'),
                        e.note ? ': ' + e.note : ''))))
                : null,
            h('div', {class: 'actions'},
                h('button', {type: 'submit', id: `save-${m.id}`}, t('common.save')),
                h('button', {type: 'button', class: 'secondary', onclick: () => this.toggle(m)}, t('common.cancel'))));
        form.addEventListener('submit', e => {
            e.preventDefault();
            this.save(m, form);
        });
        return h('tr', {id: `editor-${m.id}`, class: 'desk-editor-row'}, h('td', {colspan: '6'}, form));
    }

    async save(m, form) {
        const target = form.status.value;
        const note = form.note.value.trim();
        const hoursText = form.hoursGiven.value.trim().replace(',', '.');
        const hours = hoursText === '' ? null : Number(hoursText);
        let stale = false;
        const saved = await submitting(form, async () => {
            try {
                return await api(`matches/${m.id}`, {method: 'PUT', body: {
                    version: m.version, status: target, note: note || null,
                    hoursGiven: hours === null || Number.isNaN(hours) ? null : hours}});
            } catch (e) {
                if (e.status === 409) {
                    const field = ((e.problem && e.problem.errors) || [])[0];
                    if (field && field.field === 'status') {
                        showMessage(form, t('coordinator.follow.illegal', statusText(m.status), statusText(target),
                            (NEXT[m.status] || []).map(statusText).join(', ') || t('common.none')));
                    } else {
                        stale = true;
                    }
                    return undefined;
                }
                throw e;
            }
        });
        if (stale) {
            // Someone else changed the match: show the fresh one with the editor still open, and say why.
            await this.desk.reload({keepSuggestions: true});
            const fresh = document.querySelector(`#editor-${m.id} form`);
            if (fresh) {
                showMessage(fresh, t('coordinator.follow.stale'));
            }
            return;
        }
        if (!saved) {
            return;
        }
        this.open = null;
        await this.desk.reload({keepSuggestions: true});
        say(this.status, t('coordinator.follow.saved', saved.volunteerName || '', saved.needTitle || '', statusText(saved.status)));
        const button = document.getElementById(`edit-${m.id}`);
        if (button) {
            button.focus();
        }
    }
}
