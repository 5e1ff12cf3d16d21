// "Register": the coordinator keeps the municipality's volunteers, organisations, venues and activities up to date.
// One tab per kind of record; each has a list with a filter, and one form built from a field list (every field a
// translated label, the API's name as its name so errors land next to it). Vetting dates are set here, by the
// coordinator: the API ignores them when a volunteer edits their own profile.
import {api, boot, dateText, describe, h, t, windowText} from '../app.js';
import {announce, showMessage, showProblem, submitting} from '../forms.js';
import {WeekEditor} from '../weekgrid.js';

const {me} = await boot({page: 'registry', roles: ['COORDINATOR', 'ADMIN']});

const PAGE_SIZE = 100;
const ORGANISATION_KINDS = ['HUMANITARIAN', 'USER_ORGANISATION', 'PENSIONERS', 'SPORTS', 'CHURCH', 'CULTURE', 'SCHOOL',
    'OTHER'];
const VENUE_KINDS = ['ACTIVITY_CENTRE', 'NEIGHBOURHOOD_CENTRE', 'SENIOR_CENTRE', 'DAY_CENTRE', 'VOLUNTEER_CENTRE',
    'HEALTHY_LIFE_CENTRE', 'NURSING_HOME', 'CARE_CENTRE', 'SERVICE_CENTRE', 'CARERS_CENTRE', 'MEETING_PLACE', 'OTHER'];
const ACCESSIBILITY = ['STEP_FREE', 'RULLATOR_FRIENDLY', 'WHEELCHAIR_ACCESSIBLE', 'HEARING_LOOP', 'ACCESSIBLE_TOILET',
    'PARKING', 'BUS_STOP_NEARBY', 'QUIET_ROOM'];
const LEVELS = ['OPEN_TO_ALL', 'LOW_THRESHOLD', 'BY_DECISION'];

// Choices that come from the API, filled in per municipality.
const choices = {areas: [], organisations: [], venues: [], interests: [], targetGroups: []};
const enumChoices = (list, prefix) => () => list.map(value => ({value, label: t(prefix + value)}));
const refChoices = name => () => choices[name].map(r => ({value: String(r.id), label: r.name || r.title}));
const tagChoices = name => () => choices[name].map(value => ({value, label: value}));

const today = new Date().toISOString().substring(0, 10);

/** A police certificate as the coordinator needs to see it: valid until when, or expired (in words, not colour). */
function vettingText(r) {
    const until = r.vetting && r.vetting.policeCertificateValidUntil;
    if (!until) {
        return t('common.none');
    }
    return until < today ? h('strong', {}, t('institution.registry.expired', dateText(until)))
        : t('institution.registry.validUntil', dateText(until));
}

/** The four registers: their API path, list columns and form fields. */
const TYPES = [
    {
        id: 'volunteers', path: 'volunteers', titleOf: r => r.name, textOf: r => [r.name, r.email, r.phone].join(' '),
        columns: [
            ['name', r => r.name],
            ['area', r => r.areaName || ''],
            ['contact', r => [r.phone, r.email].filter(Boolean).join(' · ')],
            ['vetting', vettingText]
        ],
        fields: [
            {name: 'name', type: 'text', required: true, autocomplete: 'off'},
            {row: [{name: 'email', type: 'email'}, {name: 'phone', type: 'tel'}]},
            {row: [{name: 'area', type: 'select', choices: refChoices('areas'), ref: true, blank: true},
                {name: 'organisation', type: 'select', choices: refChoices('organisations'), ref: true, blank: true}]},
            {row: [{name: 'birthYear', type: 'number', min: 1900, max: 2020},
                {name: 'maxTravelKm', type: 'number', min: 0, max: 500, step: 'any'},
                {name: 'maxHoursPerWeek', type: 'number', min: 0, max: 80, step: 'any'}]},
            {name: 'hasCar', type: 'checkbox'},
            {name: 'interests', type: 'checks', choices: tagChoices('interests')},
            {name: 'skills', type: 'tags'},
            {name: 'languages', type: 'tags'},
            {name: 'about', type: 'textarea'},
            {name: 'availability', type: 'week'},
            {row: [{name: 'availableFrom', type: 'date'}, {name: 'availableUntil', type: 'date'}]},
            {group: 'vetting', fields: [
                {row: [{name: 'vetting.policeCertificateCheckedOn', type: 'date'},
                    {name: 'vetting.policeCertificateValidUntil', type: 'date'}]},
                {name: 'vetting.confidentialitySigned', type: 'checkbox'}
            ]}
        ]
    },
    {
        id: 'organisations', path: 'organisations', titleOf: r => r.name,
        textOf: r => [r.name, r.contactName, r.email].join(' '),
        columns: [
            ['name', r => r.name],
            ['kind', r => r.kind ? t('institution.registry.orgKind.' + r.kind) : ''],
            ['contact', r => [r.contactName, r.phone, r.email].filter(Boolean).join(' · ')]
        ],
        fields: [
            {name: 'name', type: 'text', required: true, autocomplete: 'off'},
            {row: [{name: 'kind', type: 'select', required: true, blank: true,
                choices: enumChoices(ORGANISATION_KINDS, 'institution.registry.orgKind.')},
                {name: 'area', type: 'select', choices: refChoices('areas'), ref: true, blank: true}]},
            {name: 'contactName', type: 'text'},
            {row: [{name: 'email', type: 'email'}, {name: 'phone', type: 'tel'}]},
            {name: 'website', type: 'url'},
            {name: 'about', type: 'textarea'}
        ]
    },
    {
        id: 'venues', path: 'venues', titleOf: r => r.name, textOf: r => [r.name, r.address].join(' '),
        columns: [
            ['name', r => r.name],
            ['kind', r => r.kind ? t('institution.registry.venueKind.' + r.kind) : ''],
            ['area', r => r.areaName || ''],
            ['address', r => r.address || '']
        ],
        fields: [
            {name: 'name', type: 'text', required: true, autocomplete: 'off'},
            {row: [{name: 'kind', type: 'select', required: true, blank: true,
                choices: enumChoices(VENUE_KINDS, 'institution.registry.venueKind.')},
                {name: 'area', type: 'select', choices: refChoices('areas'), ref: true, blank: true}]},
            {name: 'address', type: 'text'},
            {name: 'openingHours', type: 'week'},
            {name: 'accessibility', type: 'checks', choices: enumChoices(ACCESSIBILITY, 'institution.registry.access.')},
            {name: 'transport', type: 'textarea'},
            {row: [{name: 'email', type: 'email'}, {name: 'phone', type: 'tel'}]},
            {name: 'website', type: 'url'},
            {name: 'about', type: 'textarea'}
        ]
    },
    {
        id: 'activities', path: 'activities', titleOf: r => r.title,
        textOf: r => [r.title, r.venueName, r.organiserName].join(' '),
        columns: [
            ['title', r => r.title],
            ['venue', r => r.venueName || r.areaName || ''],
            ['schedule', r => (r.schedule || []).map(windowText).join(', ')],
            ['organiser', r => r.organiserName || '']
        ],
        fields: [
            {name: 'title', type: 'text', required: true, autocomplete: 'off'},
            {name: 'description', type: 'textarea'},
            {row: [{name: 'venue', type: 'select', choices: refChoices('venues'), ref: true, blank: true},
                {name: 'area', type: 'select', choices: refChoices('areas'), ref: true, blank: true},
                {name: 'organiser', type: 'select', choices: refChoices('organisations'), ref: true, blank: true}]},
            {name: 'schedule', type: 'week'},
            {row: [{name: 'startDate', type: 'date'}, {name: 'endDate', type: 'date'}]},
            {name: 'interests', type: 'checks', choices: tagChoices('interests')},
            {name: 'targetGroups', type: 'checks', choices: tagChoices('targetGroups')},
            {row: [{name: 'level', type: 'select', choices: enumChoices(LEVELS, 'institution.registry.level.')},
                {name: 'capacity', type: 'number', min: 1},
                {name: 'cost', type: 'number', min: 0}]},
            {name: 'costNote', type: 'text'},
            {name: 'needsVolunteers', type: 'checkbox'},
            {name: 'howToJoin', type: 'textarea'}
        ]
    }
];

function get(record, name) {
    return name.split('.').reduce((o, k) => (o == null ? undefined : o[k]), record);
}

function put(record, name, value) {
    const keys = name.split('.');
    let o = record;
    keys.slice(0, -1).forEach(k => {
        o[k] = o[k] && typeof o[k] === 'object' ? {...o[k]} : {};
        o = o[k];
    });
    o[keys[keys.length - 1]] = value;
}

const label = name => t('institution.registry.field.' + name);

/** A form drawn from a field list; set(record) fills it, value(base) reads it back onto a copy of the record. */
class RecordForm {
    constructor(type, onSubmit, onCancel) {
        this.type = type;
        this.controls = [];
        this.heading = h('h3', {tabindex: '-1', id: type.id + '-form-heading'});
        this.form = h('form', {novalidate: true, 'aria-labelledby': this.heading.id, id: type.id + '-form'});
        type.fields.forEach(spec => this.form.append(this.build(spec)));
        this.form.append(h('div', {class: 'actions'},
            h('button', {type: 'submit', id: type.id + '-save'}, t('common.save')),
            h('button', {type: 'button', class: 'secondary', id: type.id + '-cancel', onclick: onCancel},
                t('common.cancel'))));
        this.form.addEventListener('submit', event => {
            event.preventDefault();
            onSubmit();
        });
        this.root = h('section', {class: 'record-editor', 'aria-labelledby': this.heading.id, hidden: true},
            this.heading, this.form);
    }

    build(spec) {
        if (spec.row) {
            return h('div', {class: 'row'}, spec.row.map(s => this.build(s)));
        }
        if (spec.group) {
            return h('fieldset', {class: 'group-' + spec.group},
                h('legend', {}, t('institution.registry.group.' + spec.group)),
                h('p', {class: 'hint'}, t('institution.registry.group.' + spec.group + 'Hint')),
                spec.fields.map(s => this.build(s)));
        }
        const id = `${this.type.id}-f-${spec.name.replace(/\./g, '-')}`;
        if (spec.type === 'week') {
            const holder = h('div', {class: 'record-week'});
            const editor = new WeekEditor(holder, {id, legendKey: 'institution.registry.field.' + spec.name});
            editor.root.dataset.field = spec.name;
            this.controls.push({spec, get: () => editor.value(), set: v => editor.set(v || [])});
            return holder;
        }
        if (spec.type === 'checks') {
            const box = h('div', {class: 'checks'});
            const fieldset = h('fieldset', {'data-field': spec.name}, h('legend', {}, label(spec.name)), box);
            this.controls.push({spec,
                get: () => [...box.querySelectorAll('input:checked')].map(i => i.value),
                set: v => {
                    box.replaceChildren(...spec.choices().map((c, i) => {
                        const cid = `${id}-${i}`;
                        return h('label', {for: cid}, h('input', {type: 'checkbox', id: cid, value: c.value,
                            checked: (v || []).includes(c.value)}), c.label);
                    }));
                }});
            return fieldset;
        }
        if (spec.type === 'checkbox') {
            const input = h('input', {type: 'checkbox', id, name: spec.name});
            this.controls.push({spec, get: () => input.checked, set: v => { input.checked = !!v; }});
            return h('div', {class: 'field checkbox-field'}, h('label', {for: id}, input, ' ', label(spec.name)));
        }
        let control;
        if (spec.type === 'select') {
            control = h('select', {id, name: spec.name, required: spec.required});
            this.controls.push({spec,
                get: () => control.value === '' ? null : (spec.ref ? Number(control.value) : control.value),
                set: v => {
                    control.replaceChildren(
                        spec.blank ? h('option', {value: ''}, t('institution.registry.choose')) : null,
                        ...spec.choices().map(c => h('option', {value: c.value}, c.label)));
                    control.value = v == null ? (spec.blank ? '' : control.options[0].value) : String(v);
                }});
        } else if (spec.type === 'textarea') {
            control = h('textarea', {id, name: spec.name, rows: '3'});
            this.controls.push({spec, get: () => control.value.trim() || null, set: v => { control.value = v || ''; }});
        } else if (spec.type === 'tags') {
            control = h('input', {type: 'text', id, name: spec.name, 'aria-describedby': id + '-hint',
                autocomplete: 'off'});
            this.controls.push({spec,
                get: () => control.value.split(',').map(s => s.trim()).filter(Boolean),
                set: v => { control.value = (v || []).join(', '); }});
        } else {
            control = h('input', {type: spec.type, id, name: spec.name, required: spec.required, min: spec.min,
                max: spec.max, step: spec.step, autocomplete: spec.autocomplete,
                inputmode: spec.type === 'number' ? 'decimal' : null});
            this.controls.push({spec,
                get: () => {
                    const text = control.value.trim();
                    return text === '' ? null : (spec.type === 'number' ? Number(text) : text);
                },
                set: v => { control.value = v == null ? '' : String(v); }});
        }
        return h('div', {class: 'field'}, h('label', {for: id}, label(spec.name)),
            spec.type === 'tags' ? h('p', {class: 'hint', id: id + '-hint'}, t('institution.registry.tagsHint')) : null,
            control);
    }

    set(record) {
        this.record = record;
        this.controls.forEach(c => c.set(get(record || {}, c.spec.name)));
        this.heading.textContent = record
            ? t('institution.registry.editHeading', this.type.titleOf(record))
            : t('institution.registry.' + this.type.id + '.new');
        this.form.querySelectorAll('.field-error').forEach(e => e.remove());
        this.form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
        this.form.querySelectorAll('.form-errors, :scope > .status').forEach(e => { e.hidden = true; });
    }

    value(municipality) {
        const result = this.record ? structuredClone(this.record) : {municipality};
        this.controls.forEach(c => put(result, c.spec.name, c.get()));
        return result;
    }
}

/** One register: its tab, its list with a filter, and its form. */
class Register {
    constructor(type, tabs, panels) {
        this.type = type;
        this.items = [];
        this.total = 0;
        const id = type.id;
        this.tab = h('button', {type: 'button', role: 'tab', id: 'tab-' + id, 'aria-controls': 'panel-' + id,
            'aria-selected': 'false', tabindex: '-1', class: 'secondary'}, t('institution.registry.' + id + '.tab'));
        tabs.append(this.tab);
        this.search = h('input', {type: 'search', id: id + '-search', autocomplete: 'off'});
        this.area = h('select', {id: id + '-area'});
        this.status = h('p', {role: 'status', id: id + '-status', class: 'status-line'});
        this.body = h('tbody');
        this.more = h('button', {type: 'button', class: 'secondary', id: id + '-more', hidden: true,
            onclick: () => this.load(true)}, t('common.more'));
        this.newButton = h('button', {type: 'button', id: id + '-new', onclick: () => this.open(null, this.newButton)},
            t('institution.registry.' + id + '.new'));
        this.editor = new RecordForm(type, () => this.save(), () => this.close(true));
        this.panel = h('section', {role: 'tabpanel', id: 'panel-' + id, 'aria-labelledby': 'tab-' + id, hidden: true},
            h('h2', {id: id + '-heading', tabindex: '-1'}, t('institution.registry.' + id + '.heading')),
            h('div', {class: 'row registry-tools'},
                h('div', {class: 'field'}, h('label', {for: this.search.id}, t('institution.registry.search')),
                    this.search),
                h('div', {class: 'field'}, h('label', {for: this.area.id}, t('institution.registry.field.area')),
                    this.area),
                h('div', {class: 'actions'}, this.newButton)),
            this.editor.root,
            this.status,
            h('div', {class: 'table-scroll'},
                h('table', {class: 'data', id: id + '-table'},
                    h('caption', {class: 'visually-hidden'}, t('institution.registry.' + id + '.heading')),
                    h('thead', {}, h('tr', {},
                        type.columns.map(([key]) => h('th', {scope: 'col'}, t('institution.registry.column.' + key))),
                        h('th', {scope: 'col'}, t('institution.registry.column.actions')))),
                    this.body)),
            this.more);
        panels.append(this.panel);
        this.search.addEventListener('input', () => this.render());
        this.area.addEventListener('change', () => this.load(false));
        this.loaded = false;
    }

    select(focus) {
        this.tab.setAttribute('aria-selected', 'true');
        this.tab.tabIndex = 0;
        this.tab.classList.remove('secondary');
        this.panel.hidden = false;
        if (focus) {
            this.tab.focus();
        }
        if (!this.loaded) {
            this.load(false);
        }
    }

    unselect() {
        this.tab.setAttribute('aria-selected', 'false');
        this.tab.tabIndex = -1;
        this.tab.classList.add('secondary');
        this.panel.hidden = true;
    }

    refreshAreas() {
        const before = this.area.value;
        this.area.replaceChildren(h('option', {value: ''}, t('institution.registry.allAreas')),
            ...choices.areas.map(a => h('option', {value: a.id}, a.name)));
        this.area.value = choices.areas.some(a => String(a.id) === before) ? before : '';
    }

    async load(append) {
        this.loaded = true;
        this.body.parentElement.setAttribute('aria-busy', 'true');
        this.status.textContent = t('common.loading');
        try {
            const page = await api(this.type.path, {query: {municipality: municipality(), area: this.area.value,
                offset: append ? this.items.length : 0, limit: PAGE_SIZE}});
            this.items = append ? [...this.items, ...page.items] : page.items;
            this.total = page.total;
            this.render();
        } catch (e) {
            this.status.textContent = describe(e);
        }
        this.body.parentElement.removeAttribute('aria-busy');
    }

    render() {
        const words = this.search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
        const shown = this.items.filter(r => {
            const text = this.type.textOf(r).toLowerCase();
            return words.every(w => text.includes(w));
        }).sort((a, b) => String(this.type.titleOf(a)).localeCompare(String(this.type.titleOf(b)), 'nb',
            {sensitivity: 'base'}));
        this.body.replaceChildren(...shown.map(r => this.row(r)));
        if (shown.length === 0) {
            this.body.append(h('tr', {}, h('td', {colspan: this.type.columns.length + 1},
                t('institution.registry.noneFound'))));
        }
        this.status.textContent = t('institution.registry.count', shown.length, this.total);
        this.more.hidden = this.items.length >= this.total;
    }

    row(record) {
        const title = this.type.titleOf(record);
        const actions = h('td', {class: 'row-actions'});
        const edit = h('button', {type: 'button', class: 'link', id: `${this.type.id}-edit-${record.id}`,
            'aria-label': t('institution.registry.editLabel', title),
            onclick: () => this.open(record, edit)}, t('common.edit'));
        const remove = h('button', {type: 'button', class: 'link', id: `${this.type.id}-delete-${record.id}`,
            'aria-label': t('institution.registry.deleteLabel', title),
            onclick: () => this.confirmDelete(record, actions)}, t('common.delete'));
        actions.append(edit, remove);
        return h('tr', {id: `${this.type.id}-row-${record.id}`},
            this.type.columns.map(([key, value], i) => i === 0
                ? h('th', {scope: 'row'}, value(record)) : h('td', {}, value(record))),
            actions);
    }

    confirmDelete(record, cell) {
        const title = this.type.titleOf(record);
        const previous = [...cell.childNodes];
        const question = h('p', {class: 'confirm', role: 'alert'}, t('institution.registry.deleteQuestion', title));
        const yes = h('button', {type: 'button', class: 'danger', id: `${this.type.id}-confirm-${record.id}`},
            t('institution.delete.yes'));
        const no = h('button', {type: 'button', class: 'secondary'}, t('common.cancel'));
        cell.replaceChildren(question, yes, no);
        yes.focus();
        no.addEventListener('click', () => {
            cell.replaceChildren(...previous);
            previous[1].focus();
        });
        yes.addEventListener('click', async () => {
            yes.disabled = true;
            try {
                await api(`${this.type.path}/${record.id}`, {method: 'DELETE'});
                await this.load(false);
                this.status.textContent = t('institution.registry.deleted', title);
                document.getElementById(this.type.id + '-heading').focus();
            } catch (e) {
                yes.disabled = false;
                question.textContent = e.status === 409 ? t('institution.registry.deleteRefused', title) : describe(e);
            }
        });
    }

    open(record, opener) {
        this.opener = opener;
        this.editor.set(record);
        this.editor.root.hidden = false;
        this.editor.root.scrollIntoView({block: 'start'});
        this.editor.heading.focus();
    }

    close(restoreFocus) {
        this.editor.root.hidden = true;
        if (restoreFocus && this.opener && document.body.contains(this.opener)) {
            this.opener.focus();
        }
    }

    async save() {
        const form = this.editor.form;
        const record = this.editor.record;
        const body = this.editor.value(municipality());
        await submitting(form, async () => {
            announce(form, t('common.saving'));
            try {
                const saved = record
                    ? await api(`${this.type.path}/${record.id}`, {method: 'PUT', body})
                    : await api(this.type.path, {method: 'POST', body});
                this.close(false);
                await this.load(false);
                await refreshChoices(this.type.id);
                const title = this.type.titleOf(saved);
                this.status.textContent = t(record ? 'institution.registry.updated' : 'institution.registry.created',
                    title);
                const edit = document.getElementById(`${this.type.id}-edit-${saved.id}`);
                (edit || document.getElementById(this.type.id + '-heading')).focus();
            } catch (e) {
                announce(form, '');
                if (e.status === 409) {
                    showMessage(form, t('institution.registry.conflict'));
                    return;
                }
                showProblem(form, e);
            }
        });
    }
}

const municipalitySelect = document.getElementById('municipality');
function municipality() {
    return me.role === 'ADMIN' ? municipalitySelect.value : me.municipality;
}

async function all(path, query) {
    const page = await api(path, {query: {...query, limit: 500}});
    return page.items || [];
}

/** Reloads the lists other forms choose from (after an organisation or venue is added, say). */
async function refreshChoices(changed) {
    const m = municipality();
    if (!changed || changed === 'organisations') {
        choices.organisations = await all('organisations', {municipality: m}).catch(() => []);
    }
    if (!changed || changed === 'venues') {
        choices.venues = await all('venues', {municipality: m}).catch(() => []);
    }
    if (!changed) {
        choices.areas = await all('areas', {municipality: m}).catch(() => []);
        registers.forEach(r => r.refreshAreas());
    }
}

const tabs = document.getElementById('registry-tabs');
const registers = TYPES.map(type => new Register(type, tabs, document.getElementById('panels')));
let current = 0;

function show(index, focus) {
    registers.forEach((r, i) => i !== index && r.unselect());
    current = index;
    registers[index].select(focus);
    history.replaceState(null, '', '#' + registers[index].type.id);
}

registers.forEach((r, i) => r.tab.addEventListener('click', () => show(i, true)));
// Tabs as the ARIA pattern has them: arrows move between tabs and show the panel, Home/End jump.
tabs.addEventListener('keydown', event => {
    const moves = {ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: registers.length - 1};
    if (moves[event.key] === undefined) {
        return;
    }
    event.preventDefault();
    show((moves[event.key] + registers.length) % registers.length, true);
});

const vocabulary = await api('vocabulary').catch(() => ({interests: [], targetGroups: []}));
choices.interests = vocabulary.interests || [];
choices.targetGroups = vocabulary.targetGroups || [];

let municipalities = [];
try {
    municipalities = (await api('municipalities', {query: {limit: 100}})).items || [];
} catch (e) {
    municipalities = [];
}
const nameOf = slug => (municipalities.find(m => m.slug === slug || m.key === slug) || {}).name || slug;

if (me.role === 'ADMIN') {
    document.getElementById('municipality-field').hidden = false;
    municipalitySelect.replaceChildren(...municipalities.map(m => h('option', {value: m.slug || m.key}, m.name)));
    municipalitySelect.addEventListener('change', async () => {
        await refreshChoices();
        registers.forEach(r => { r.loaded = false; r.close(false); });
        registers[current].load(false);
        document.getElementById('municipality-line').textContent = t('institution.registry.for', nameOf(municipality()));
    });
}
document.getElementById('municipality-line').textContent = t('institution.registry.for', nameOf(municipality()));

await refreshChoices();
const asked = registers.findIndex(r => '#' + r.type.id === location.hash);
show(asked >= 0 ? asked : 0, false);
