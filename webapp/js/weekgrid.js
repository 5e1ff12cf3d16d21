// The weekly availability editor: a week grid of half hours to click and drag on, fully usable by keyboard
// (arrows move, space toggles, Shift+arrow paints), and beside it the chosen times as a list that can also be
// edited with plain form fields. Its value is a list of weekly windows [{day, from, to}] as the API takes them.
import {h, t, windowText} from './app.js';

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const STEP = 30;

function minutes(time) {
    const [hh, mm] = time.split(':').map(Number);
    return hh * 60 + mm;
}

function clock(total) {
    return String(Math.floor(total / 60)).padStart(2, '0') + ':' + String(total % 60).padStart(2, '0');
}

/** Merges half-hour slots into windows, day by day. Pure, exported for reuse. */
export function windowsFromSlots(selected, startMinute, slotCount) {
    const windows = [];
    DAYS.forEach((day, d) => {
        let from = null;
        for (let s = 0; s <= slotCount; s++) {
            const on = s < slotCount && selected.has(d * 1000 + s);
            if (on && from === null) {
                from = s;
            } else if (!on && from !== null) {
                windows.push({day, from: clock(startMinute + from * STEP), to: clock(startMinute + s * STEP)});
                from = null;
            }
        }
    });
    return windows;
}

export class WeekEditor {
    /**
     * @param container where to draw
     * @param options {id, legendKey, windows, startHour (7), endHour (22), onChange}
     */
    constructor(container, {id = 'week', legendKey = 'week.list', windows = [], startHour = 7, endHour = 22,
        onChange = () => {}} = {}) {
        this.id = id;
        this.start = startHour * 60;
        this.slots = (endHour - startHour) * 60 / STEP;
        this.onChange = onChange;
        this.windows = [];
        this.cursor = {d: 0, s: 4};
        this.anchor = null;
        this.root = h('fieldset', {class: 'week-editor', id, 'data-field': 'availability'},
            h('legend', {}, t(legendKey)));
        container.append(this.root);
        this.build();
        this.set(windows);
    }

    value() {
        return this.windows.map(w => ({...w}));
    }

    set(windows) {
        this.windows = (windows || []).map(w => ({day: w.day, from: w.from, to: w.to}))
            .sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.from.localeCompare(b.from));
        this.paintFromWindows();
        this.renderList();
    }

    build() {
        const help = h('p', {class: 'hint', id: this.id + '-help'}, t('week.help'));
        const table = h('table', {class: 'week-grid', role: 'grid', 'aria-multiselectable': 'true',
            'aria-describedby': this.id + '-help'});
        table.append(h('caption', {}, t('week.caption')));
        table.append(h('thead', {}, h('tr', {}, h('td'),
            DAYS.map(day => h('th', {scope: 'col', abbr: t('day.' + day)}, t('dayShort.' + day))))));
        const body = h('tbody');
        this.cells = [];
        for (let s = 0; s < this.slots; s++) {
            const time = clock(this.start + s * STEP);
            const row = h('tr', {}, h('th', {scope: 'row'}, s % 2 ? h('span', {class: 'visually-hidden'}, time) : time));
            DAYS.forEach((day, d) => {
                const cell = h('td', {role: 'gridcell', tabindex: '-1', 'aria-selected': 'false',
                    'aria-label': `${t('day.' + day)} ${time}–${clock(this.start + (s + 1) * STEP)}`,
                    dataset: {d: String(d), s: String(s)}});
                (this.cells[d] ||= [])[s] = cell;
                row.append(cell);
            });
            body.append(row);
        }
        table.append(body);
        this.table = table;
        this.listElement = h('ul', {class: 'week-list'});
        this.root.append(help, h('div', {class: 'week-scroll'}, table),
            h('h3', {class: 'week-list-heading'}, t('week.list')), this.listElement, this.addForm());
        this.cells[this.cursor.d][this.cursor.s].tabIndex = 0;
        this.wirePointer();
        table.addEventListener('keydown', e => this.key(e));
    }

    addForm() {
        const day = h('select', {id: this.id + '-day'},
            DAYS.map(d => h('option', {value: d}, t('day.' + d))));
        const from = h('input', {id: this.id + '-from', type: 'time', value: '10:00', step: '900'});
        const to = h('input', {id: this.id + '-to', type: 'time', value: '12:00', step: '900'});
        const error = h('p', {class: 'field-error', id: this.id + '-add-error', hidden: true});
        const add = h('button', {type: 'button', class: 'secondary', id: this.id + '-add'}, t('week.add'));
        add.addEventListener('click', () => {
            if (!from.value || !to.value || minutes(to.value) <= minutes(from.value)) {
                error.textContent = `${t('week.to')}: ${t('error.afterFrom')}`;
                error.hidden = false;
                to.setAttribute('aria-invalid', 'true');
                to.setAttribute('aria-describedby', error.id);
                to.focus();
                return;
            }
            error.hidden = true;
            to.removeAttribute('aria-invalid');
            this.set([...this.windows, {day: day.value, from: from.value, to: to.value}]);
            this.changed();
        });
        return h('div', {class: 'week-add'},
            h('div', {class: 'field'}, h('label', {for: day.id}, t('week.day')), day),
            h('div', {class: 'field'}, h('label', {for: from.id}, t('week.from')), from),
            h('div', {class: 'field'}, h('label', {for: to.id}, t('week.to')), to),
            add, error);
    }

    renderList() {
        if (this.windows.length === 0) {
            this.listElement.replaceChildren(h('li', {class: 'empty'}, t('week.empty')));
            return;
        }
        this.listElement.replaceChildren(...this.windows.map((w, i) => h('li', {},
            h('span', {}, windowText(w)),
            h('button', {type: 'button', class: 'link', 'aria-label': t('week.remove', windowText(w)),
                onclick: () => {
                    this.set(this.windows.filter((_, j) => j !== i));
                    this.changed();
                    this.root.querySelector('#' + this.id + '-add').focus();
                }}, '×'))));
    }

    paintFromWindows() {
        for (let d = 0; d < 7; d++) {
            for (let s = 0; s < this.slots; s++) {
                const from = this.start + s * STEP;
                const on = this.windows.some(w => w.day === DAYS[d]
                    && minutes(w.from) < from + STEP && minutes(w.to) > from);
                this.cells[d][s].setAttribute('aria-selected', String(on));
            }
        }
    }

    slotsSelected() {
        const selected = new Set();
        for (let d = 0; d < 7; d++) {
            for (let s = 0; s < this.slots; s++) {
                if (this.cells[d][s].getAttribute('aria-selected') === 'true') {
                    selected.add(d * 1000 + s);
                }
            }
        }
        return selected;
    }

    // Grid edits round to half hours; windows outside the grid's hours are kept as they were.
    fromGrid() {
        const end = this.start + this.slots * STEP;
        const outside = this.windows.filter(w => minutes(w.to) <= this.start || minutes(w.from) >= end);
        this.windows = [...outside, ...windowsFromSlots(this.slotsSelected(), this.start, this.slots)]
            .sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.from.localeCompare(b.from));
        this.renderList();
        this.changed();
    }

    changed() {
        this.onChange(this.value());
    }

    setCell(d, s, on) {
        this.cells[d][s].setAttribute('aria-selected', String(on));
    }

    focusCell(d, s) {
        const current = this.cells[this.cursor.d][this.cursor.s];
        current.tabIndex = -1;
        this.cursor = {d, s};
        const cell = this.cells[d][s];
        cell.tabIndex = 0;
        cell.focus();
    }

    key(e) {
        const {d, s} = this.cursor;
        const moves = {
            ArrowLeft: [Math.max(0, d - 1), s], ArrowRight: [Math.min(6, d + 1), s],
            ArrowUp: [d, Math.max(0, s - 1)], ArrowDown: [d, Math.min(this.slots - 1, s + 1)],
            PageUp: [d, Math.max(0, s - 4)], PageDown: [d, Math.min(this.slots - 1, s + 4)],
            Home: [0, s], End: [6, s]
        };
        if (moves[e.key]) {
            e.preventDefault();
            const [nd, ns] = moves[e.key];
            if (e.shiftKey) {
                // Shift paints from where the cursor was, with the state of the cell it started on.
                const paint = this.cells[d][s].getAttribute('aria-selected') === 'true';
                this.setCell(nd, ns, paint);
                this.focusCell(nd, ns);
                this.fromGrid();
            } else {
                this.focusCell(nd, ns);
            }
        } else if (e.key === ' ' || e.key === 'Enter') {
            e.preventDefault();
            this.setCell(d, s, this.cells[d][s].getAttribute('aria-selected') !== 'true');
            this.fromGrid();
        }
    }

    wirePointer() {
        let painting = null;
        const cellOf = target => target && target.closest ? target.closest('td[role="gridcell"]') : null;
        this.table.addEventListener('pointerdown', e => {
            const cell = cellOf(e.target);
            if (!cell) {
                return;
            }
            e.preventDefault();
            // Touch captures the pointer to the first cell; release it so dragging paints the cells passed over.
            if (cell.hasPointerCapture && cell.hasPointerCapture(e.pointerId)) {
                cell.releasePointerCapture(e.pointerId);
            }
            painting = cell.getAttribute('aria-selected') !== 'true';
            this.setCell(Number(cell.dataset.d), Number(cell.dataset.s), painting);
            this.focusCell(Number(cell.dataset.d), Number(cell.dataset.s));
        });
        this.table.addEventListener('pointerover', e => {
            const cell = cellOf(e.target);
            if (painting !== null && cell) {
                this.setCell(Number(cell.dataset.d), Number(cell.dataset.s), painting);
            }
        });
        const stop = () => {
            if (painting !== null) {
                painting = null;
                this.fromGrid();
            }
        };
        window.addEventListener('pointerup', stop);
        window.addEventListener('pointercancel', stop);
    }
}
