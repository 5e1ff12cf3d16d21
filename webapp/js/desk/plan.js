// The plan for all open needs of the municipality: run it (it can take seconds, so the page shows that it is
// working), then a diff of who would go where and what stays unfilled and why; accept all or some pairs.
import {api, currentLanguage, h, numberText, t} from '../app.js';
import {say, sayError} from './common.js';

export class PlanPanel {
    constructor(desk) {
        this.desk = desk;
        this.section = document.getElementById('plan');
        this.run = document.getElementById('plan-run');
        this.progress = document.getElementById('plan-progress');
        this.status = document.getElementById('plan-status');
        this.result = document.getElementById('plan-result');
        this.run.addEventListener('click', () => this.make());
    }

    clear() {
        this.plan = null;
        this.result.replaceChildren();
        say(this.status, '');
    }

    async make() {
        if (this.run.disabled) {
            return;
        }
        this.run.disabled = true;
        this.section.setAttribute('aria-busy', 'true');
        this.progress.hidden = false;
        this.result.replaceChildren();
        say(this.status, t('coordinator.plan.working'));
        try {
            this.plan = await api('plans', {method: 'POST', query: {lang: currentLanguage()},
                body: {municipality: this.desk.municipality}});
            this.result.replaceChildren(...this.view(this.plan));
            say(this.status, t('coordinator.plan.ready', this.plan.pairs.length, this.plan.unfilled.length));
        } catch (e) {
            sayError(this.status, e);
        } finally {
            this.progress.hidden = true;
            this.section.removeAttribute('aria-busy');
            this.run.disabled = false;
        }
        const heading = document.getElementById('plan-diff-heading');
        if (heading) {
            heading.focus();
        } else {
            this.run.focus();
        }
    }

    view(plan) {
        const parts = [
            h('h3', {id: 'plan-diff-heading', tabindex: '-1'}, t('coordinator.plan.diff')),
            h('p', {class: 'meta'}, t('coordinator.plan.summary', plan.needs, plan.slots, plan.pairs.length,
                numberText(plan.totalScore, 2))),
            plan.greedyTotalScore !== undefined
                ? h('p', {class: 'hint'}, t('coordinator.plan.greedy', numberText(plan.greedyTotalScore, 2)))
                : null
        ];
        if (plan.pairs.length === 0) {
            parts.push(h('p', {class: 'notice'}, t('coordinator.plan.noPairs')));
        } else {
            parts.push(this.pairsForm(plan));
        }
        parts.push(h('h3', {id: 'plan-unfilled-heading'}, t('coordinator.plan.unfilled')));
        if (plan.unfilled.length === 0) {
            parts.push(h('p', {}, t('coordinator.plan.allFilled')));
        } else {
            parts.push(h('ul', {class: 'desk-unfilled', 'aria-labelledby': 'plan-unfilled-heading'}, plan.unfilled.map(u =>
                h('li', {},
                    h('strong', {}, u.title || u.need), ' – ',
                    h('span', {class: 'badge urgent'}, t('coordinator.plan.missing', u.missing)), ' ',
                    h('span', {lang: 'nb'}, u.reason)))));
        }
        return parts.filter(Boolean);
    }

    pairsForm(plan) {
        const rows = plan.pairs.map((p, i) => {
            const id = `pair-${i}`;
            return h('tr', {},
                h('td', {class: 'desk-check'}, h('input', {type: 'checkbox', id, name: 'pair', value: String(i), checked: true,
                    'aria-label': t('coordinator.plan.choose', p.title || p.need, p.name || p.volunteer)})),
                h('th', {scope: 'row'}, p.title || p.need),
                h('td', {'data-label': t('coordinator.plan.colVolunteer')},
                    h('span', {class: 'desk-arrow', 'aria-hidden': 'true'}, '→ '), p.name || p.volunteer),
                h('td', {class: 'num', 'data-label': t('coordinator.plan.colScore')}, numberText(p.score, 2)),
                h('td', {class: 'num', 'data-label': t('coordinator.plan.colDistance')},
                    p.distanceKm === null || p.distanceKm === undefined ? '' : t('common.km', numberText(p.distanceKm))),
                h('td', {'data-label': t('coordinator.plan.colReasons')}, h('ul', {class: 'reasons', lang: 'nb'}, (p.reasons || []).map(r => h('li', {}, r)))));
        });
        const count = h('span', {id: 'plan-chosen'}, t('coordinator.plan.chosen', plan.pairs.length, plan.pairs.length));
        const all = h('input', {type: 'checkbox', id: 'pair-all', checked: true});
        const form = h('form', {id: 'plan-form', novalidate: true},
            h('div', {class: 'checks'}, h('label', {for: 'pair-all'}, all, t('coordinator.plan.all'))),
            h('div', {class: 'table-scroll'},
                h('table', {class: 'data desk-plan'},
                    h('caption', {class: 'visually-hidden'}, t('coordinator.plan.caption')),
                    h('thead', {}, h('tr', {},
                        h('th', {scope: 'col'}, t('coordinator.plan.colChoose')),
                        h('th', {scope: 'col'}, t('coordinator.plan.colNeed')),
                        h('th', {scope: 'col'}, t('coordinator.plan.colVolunteer')),
                        h('th', {scope: 'col', class: 'num'}, t('coordinator.plan.colScore')),
                        h('th', {scope: 'col', class: 'num'}, t('coordinator.plan.colDistance')),
                        h('th', {scope: 'col'}, t('coordinator.plan.colReasons')))),
                    h('tbody', {}, rows))),
            h('div', {class: 'actions'},
                h('button', {type: 'submit', id: 'plan-accept'}, t('coordinator.plan.accept')),
                h('p', {class: 'meta desk-chosen'}, count)),
            h('p', {id: 'plan-accept-status', class: 'status', role: 'status'}));
        const boxes = () => [...form.querySelectorAll('input[name="pair"]')];
        const update = () => {
            const chosen = boxes().filter(b => b.checked).length;
            count.textContent = t('coordinator.plan.chosen', chosen, plan.pairs.length);
            all.checked = chosen === plan.pairs.length;
            all.indeterminate = chosen > 0 && chosen < plan.pairs.length;
        };
        all.addEventListener('change', () => {
            boxes().forEach(b => b.checked = all.checked);
            update();
        });
        form.addEventListener('change', e => {
            if (e.target.name === 'pair') {
                update();
            }
        });
        form.addEventListener('submit', e => {
            e.preventDefault();
            this.accept(plan, form, boxes().filter(b => b.checked).map(b => plan.pairs[Number(b.value)]));
        });
        return form;
    }

    async accept(plan, form, chosen) {
        const status = form.querySelector('#plan-accept-status');
        const button = form.querySelector('#plan-accept');
        if (button.disabled) {
            return;
        }
        if (chosen.length === 0) {
            sayError(status, null, t('coordinator.plan.chooseSome'));
            return;
        }
        button.disabled = true;
        form.setAttribute('aria-busy', 'true');
        say(status, t('common.saving'));
        try {
            // An empty list would mean "all" to the server, so the chosen pairs are always sent.
            const answer = await api(`plans/${plan.id}/accept`, {method: 'POST',
                body: {pairs: chosen.map(p => ({need: Number(p.need), volunteer: p.volunteer}))}});
            const created = (answer.created || []).length;
            const skipped = answer.skipped || [];
            form.querySelectorAll('input').forEach(i => i.disabled = true);
            let text = t('coordinator.plan.created', created);
            if (skipped.length > 0) {
                text += ' ' + t('coordinator.plan.skipped', skipped.length);
            }
            // The follow-up and the needs list are brought up to date before the result is announced.
            await this.desk.reload({keepSuggestions: true});
            say(status, text);
            status.setAttribute('tabindex', '-1');
            status.focus();
        } catch (e) {
            button.disabled = false;
            sayError(status, e);
        } finally {
            form.removeAttribute('aria-busy');
        }
    }
}
