// Open needs sorted by urgency, and the explained suggestions for the one the coordinator picks, with one
// button (one Enter) to propose a volunteer.
import {api, currentLanguage, dateText, h, numberText, t, windowText} from '../app.js';
import {byUrgency} from './urgency.js';
import {hoursText, ruleText, say, sayError} from './common.js';

const OPEN_MATCH = ['PROPOSED', 'CONTACTED', 'ACCEPTED', 'ACTIVE'];

export class NeedsPanel {
    constructor(desk) {
        this.desk = desk;
        this.list = document.getElementById('needs-list');
        this.status = document.getElementById('needs-status');
        this.body = document.getElementById('suggestions-body');
        this.heading = document.getElementById('suggestions-heading');
        this.empty = document.getElementById('suggestions-empty');
        this.suggestStatus = document.getElementById('suggestions-status');
        this.selected = null;
    }

    render() {
        const {needs, matches} = this.desk;
        const ranked = byUrgency(needs, matches);
        // The count is not a live region: it changes on every reload and would drown the messages that matter.
        document.getElementById('needs-count').textContent =
            ranked.length === 0 ? t('coordinator.needs.none') : t('coordinator.needs.count', ranked.length);
        this.list.replaceChildren(...ranked.map(({need, urgency}) => this.needItem(need, urgency)));
    }

    needItem(need, urgency) {
        const titleId = `need-${need.id}-title`;
        const place = [need.venueName, need.areaName].filter(Boolean).join(', ');
        const when = (need.schedule || []).map(windowText).join(', ');
        const dates = need.endDate
            ? t('coordinator.needs.period', dateText(need.startDate), dateText(need.endDate))
            : (need.startDate ? t('coordinator.needs.from', dateText(need.startDate)) : '');
        const item = h('li', {class: 'card desk-need' + (this.selected && this.selected.id === need.id ? ' selected' : ''),
                id: `need-${need.id}`},
            h('h3', {id: titleId}, need.title),
            h('ul', {class: 'desk-badges', 'aria-label': t('coordinator.badge.label')},
                urgency.badges.map(b => h('li', {class: 'badge' + (b.urgent ? ' urgent' : '')}, t(b.key, ...(b.date ? b.args.map(dateText) : b.args))))),
            h('p', {class: 'meta'}, [place, when].filter(Boolean).join(' · ')),
            h('div', {class: 'desk-need-foot'},
                h('p', {class: 'meta'}, [dates, t('coordinator.needs.people', urgency.needed)].filter(Boolean).join(' · ')),
                h('button', {type: 'button', class: 'secondary suggest', id: `suggest-${need.id}`,
                        'aria-describedby': titleId, 'aria-pressed': this.selected && this.selected.id === need.id ? 'true' : 'false',
                        onclick: () => this.suggest(need)},
                    t('coordinator.needs.suggest'))));
        return item;
    }

    async suggest(need) {
        this.selected = need;
        this.list.querySelectorAll('.desk-need').forEach(li => {
            const on = li.id === `need-${need.id}`;
            li.classList.toggle('selected', on);
            li.querySelector('button.suggest').setAttribute('aria-pressed', on ? 'true' : 'false');
        });
        const section = document.getElementById('suggestions');
        this.empty.hidden = true;
        this.heading.textContent = t('coordinator.suggest.for', need.title);
        this.body.replaceChildren(h('p', {class: 'hint'}, t('coordinator.suggest.loading')));
        section.setAttribute('aria-busy', 'true');
        say(this.suggestStatus, '');
        try {
            const result = await api(`needs/${need.id}/suggestions`, {query: {limit: 10, lang: currentLanguage()}});
            if (this.selected !== need) {
                return;
            }
            this.body.replaceChildren(...this.suggestionView(need, result));
            say(this.suggestStatus, result.suggestions.length === 0
                ? t('coordinator.suggest.noneFound') : t('coordinator.suggest.found', result.suggestions.length, need.title));
        } catch (e) {
            this.body.replaceChildren();
            sayError(this.suggestStatus, e);
        } finally {
            section.removeAttribute('aria-busy');
        }
        this.heading.focus();
    }

    suggestionView(need, result) {
        const taken = new Set(this.desk.matches
            .filter(m => String(m.need) === String(need.id) && OPEN_MATCH.includes(m.status))
            .map(m => String(m.volunteer)));
        const parts = [];
        const excluded = Object.entries(result.excluded || {});
        const total = excluded.reduce((sum, [, n]) => sum + n, 0);
        parts.push(h('p', {class: 'meta'}, t('coordinator.suggest.eligible', result.eligible ?? result.suggestions.length, total)));
        if (result.notConsidered > 0) {
            parts.push(h('p', {class: 'meta'}, t('coordinator.suggest.notConsidered', result.notConsidered, result.considered)));
        }
        if (result.suggestions.length > 0) {
            parts.push(h('ol', {class: 'cards desk-ranked'}, result.suggestions.map((s, i) => this.suggestionItem(need, s, i, taken))));
        }
        if (excluded.length > 0) {
            parts.push(h('h3', {id: 'excluded-heading'}, t('coordinator.excluded.heading')),
                h('ul', {class: 'desk-excluded', 'aria-labelledby': 'excluded-heading'},
                    excluded.sort((a, b) => b[1] - a[1]).map(([rule, count]) =>
                        h('li', {}, t('coordinator.excluded.item', count, ruleText(rule))))));
        }
        return parts;
    }

    suggestionItem(need, s, index, taken) {
        const nameId = `suggestion-${s.volunteer}-name`;
        const already = taken.has(String(s.volunteer));
        const facts = [
            t('coordinator.suggest.score', numberText(s.score, 2)),
            s.distanceKm === null || s.distanceKm === undefined ? null : t('common.km', numberText(s.distanceKm)),
            t('coordinator.suggest.overlap', hoursText(s.overlapMinutesPerWeek))
        ].filter(Boolean);
        const button = h('button', {type: 'button', class: 'propose', id: `propose-${s.volunteer}`,
                'aria-describedby': nameId, 'aria-disabled': already ? 'true' : null},
            already ? t('coordinator.suggest.proposed') : t('coordinator.suggest.propose'));
        button.addEventListener('click', () => this.propose(need, s, button));
        return h('li', {class: 'card desk-suggestion'},
            h('h3', {id: nameId}, t('coordinator.suggest.rank', index + 1, s.name || s.volunteer)),
            h('p', {class: 'meta'}, facts.join(' · ')),
            s.sharedInterests && s.sharedInterests.length > 0
                ? h('p', {class: 'meta'}, t('coordinator.suggest.shared'), ' ',
                    h('span', {class: 'desk-inline-tags'}, s.sharedInterests.join(', ')))
                : null,
            h('ul', {class: 'reasons', lang: 'nb', 'aria-label': t('coordinator.suggest.reasons')},
                (s.reasons || []).map(r => h('li', {}, r))),
            h('div', {class: 'actions'}, button));
    }

    async propose(need, s, button) {
        if (button.getAttribute('aria-disabled') === 'true') {
            say(this.suggestStatus, t('coordinator.suggest.already', s.name, need.title));
            return;
        }
        button.setAttribute('aria-disabled', 'true');
        button.textContent = t('common.saving');
        try {
            await api('matches', {method: 'POST', body: {need: need.id, volunteer: s.volunteer}});
            button.textContent = t('coordinator.suggest.proposed');
            await this.desk.reload({keepSuggestions: true});
            say(this.suggestStatus, t('coordinator.suggest.done', s.name, need.title));
        } catch (e) {
            if (e.status === 409) {
                button.textContent = t('coordinator.suggest.proposed');
                say(this.suggestStatus, t('coordinator.suggest.already', s.name, need.title));
                return;
            }
            button.removeAttribute('aria-disabled');
            button.textContent = t('coordinator.suggest.propose');
            sayError(this.suggestStatus, e);
        }
    }

    clear() {
        this.selected = null;
        this.heading.textContent = t('coordinator.suggest.heading');
        this.empty.hidden = false;
        this.body.replaceChildren();
        say(this.suggestStatus, '');
    }
}
