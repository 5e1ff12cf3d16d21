// The matching desk ("Matchepult") for coordinators and admins: open needs by urgency, explained suggestions with
// one-step proposals, the plan for all open needs, and follow-up of matches. The panels live in js/desk/.
import {api, boot, h, t} from '../app.js';
import {NeedsPanel} from '../desk/needs.js';
import {PlanPanel} from '../desk/plan.js';
import {FollowPanel} from '../desk/followup.js';
import {sayError} from '../desk/common.js';

const {me} = await boot({page: 'coordinator', roles: ['COORDINATOR', 'ADMIN']});

const STORED = 'sammen.desk.municipality';

/** Loads every page of a list (the API gives at most 500 a page). */
async function all(path, query) {
    const items = [];
    for (let offset = 0; ; offset += 500) {
        const page = await api(path, {query: {...query, offset, limit: 500}});
        items.push(...page.items);
        if (items.length >= page.total || page.items.length === 0) {
            return items;
        }
    }
}

const desk = {
    municipality: me.municipality || null,
    needs: [],
    matches: [],
    async reload({keepSuggestions = false} = {}) {
        const status = document.getElementById('needs-status');
        document.getElementById('needs').setAttribute('aria-busy', 'true');
        try {
            const [needs, matches] = await Promise.all([
                all('needs', {municipality: desk.municipality}),
                all('matches', {municipality: desk.municipality})
            ]);
            desk.needs = needs;
            desk.matches = matches;
        } catch (e) {
            sayError(status, e);
            return;
        } finally {
            document.getElementById('needs').removeAttribute('aria-busy');
        }
        if (!keepSuggestions) {
            needsPanel.clear();
            planPanel.clear();
        }
        needsPanel.render();
        followPanel.render();
    }
};

const needsPanel = new NeedsPanel(desk);
const planPanel = new PlanPanel(desk);
const followPanel = new FollowPanel(desk);

async function chooseMunicipality() {
    const where = document.getElementById('desk-municipality');
    const list = (await api('municipalities', {query: {limit: 500}})).items || [];
    if (me.role !== 'ADMIN') {
        const own = list.find(m => m.slug === me.municipality);
        where.replaceChildren(h('p', {class: 'desk-where'}, t('coordinator.municipality.own', own ? own.name : me.municipality)));
        return;
    }
    const stored = localStorage.getItem(STORED);
    desk.municipality = list.some(m => m.slug === stored) ? stored : (list[0] ? list[0].slug : null);
    const select = h('select', {id: 'municipality', name: 'municipality'},
        list.map(m => h('option', {value: m.slug, selected: m.slug === desk.municipality}, m.name)));
    select.addEventListener('change', async () => {
        desk.municipality = select.value;
        localStorage.setItem(STORED, select.value);
        await desk.reload();
    });
    where.replaceChildren(h('div', {class: 'field'},
        h('label', {for: 'municipality'}, t('coordinator.municipality.choose')), select));
}

await chooseMunicipality();
await desk.reload();
document.body.classList.add('desk-loaded');
