// The paper catalogue: every offer of one area or a whole municipality on A4, grouped by area or by weekday, with
// when, where, organiser, how to join and public contact details. Many of the oldest residents read paper, so the
// page has a large-type option and nothing but the catalogue reaches the printer (see @media print).
import {api, boot, dateText, describe, h, t} from '../app.js';
import {DAYS, contactNodes, costText, dataLang, fillSelect, loadAreas, loadMunicipalities, norwegian,
    scheduleText}
    from './catalogue-texts.js';

await boot({page: 'print'});

const form = document.getElementById('print-options');
const status = document.getElementById('print-status');
const catalogue = document.getElementById('catalogue');
const largeType = document.getElementById('large-type');
const heading = document.getElementById('print-heading');
const params = new URL(location.href).searchParams;
let areas = [];
let municipalities = [];

function setLargeType(on) {
    document.body.classList.toggle('large-type', on);
    largeType.setAttribute('aria-pressed', String(on));
}

/** The choices go into the address, so the same catalogue can be opened again or sent to someone. */
function remember() {
    const url = new URL(location.href);
    ['municipality', 'area', 'group', 'large', 'lang'].forEach(name => url.searchParams.delete(name));
    const values = {municipality: form.municipality.value, area: form.area.value,
        group: form.group.value === 'area' ? '' : form.group.value,
        large: document.body.classList.contains('large-type') ? '1' : ''};
    Object.entries(values).filter(([, v]) => v).forEach(([k, v]) => url.searchParams.set(k, v));
    history.replaceState(null, '', url);
}

/** Loads everything in one page (the API allows 500), plus organisers and venues for their public contacts. */
async function load(municipality, area) {
    const [activities, organisations, venues] = await Promise.all([
        api('activities', {query: {municipality, area, limit: 500}}),
        api('organisations', {query: {municipality, limit: 500}}).catch(() => ({items: []})),
        api('venues', {query: {municipality, limit: 500}}).catch(() => ({items: []}))]);
    const byId = items => new Map(items.map(item => [item.id, item]));
    return {activities: activities.items, organisations: byId(organisations.items), venues: byId(venues.items)};
}

function entry(activity, data, day, seenOn) {
    const when = scheduleText(day ? activity.schedule.filter(w => w.day === day) : activity.schedule);
    if (seenOn) {
        // By weekday an offer on five days would fill a page; after its first day it is only named.
        return h('article', {class: 'print-entry repeat'}, h('h3', {lang: dataLang()}, activity.title),
            h('p', {}, h('strong', {}, t('catalogue.fact.when') + ': '), when, '. ',
                t('catalogue.print.seeDay', t('day.' + seenOn))));
    }
    const organiser = data.organisations.get(activity.organiser);
    const venue = data.venues.get(activity.venue);
    const where = [activity.venueName, venue && venue.address, activity.areaName].filter(Boolean).join(', ');
    const contact = contactNodes(organiser && (organiser.phone || organiser.email) ? organiser : venue);
    const line = (key, ...value) => value.flat().filter(Boolean).length
        ? h('p', {}, h('strong', {}, t(key) + ': '), ...value) : null;
    return h('article', {class: 'print-entry'},
        h('h3', {lang: dataLang()}, activity.title),
        activity.description ? h('p', {lang: dataLang()}, activity.description) : null,
        line('catalogue.fact.when', when),
        line('catalogue.fact.where', norwegian(where)),
        line('catalogue.fact.organiser', norwegian(activity.organiserName || activity.venueName)),
        line('catalogue.fact.contact', contact),
        line('catalogue.fact.cost', costText(activity)),
        line('catalogue.fact.join', activity.howToJoin ? norwegian(activity.howToJoin) : t('catalogue.offer.joinUnknown')));
}

/**
 * Groups as [[heading, [[activity, day, seenOn]]]]: by area name, or by weekday, where an offer on two days shows
 * under both and seenOn names the first day it was shown in full.
 */
function groups(activities, by) {
    if (by === 'weekday') {
        const firstDay = new Map();
        return DAYS.map(day => [t('day.' + day), activities
            .filter(a => (a.schedule || []).some(w => w.day === day))
            .sort((a, b) => start(a, day).localeCompare(start(b, day)))
            .map(a => {
                const seenOn = firstDay.get(a.id);
                firstDay.set(a.id, seenOn || day);
                return [a, day, seenOn];
            })]).filter(([, list]) => list.length);
    }
    const byArea = new Map();
    for (const activity of [...activities].sort((a, b) => a.title.localeCompare(b.title, 'nb'))) {
        const name = activity.areaName || t('catalogue.print.noArea');
        byArea.set(name, [...(byArea.get(name) || []), [activity, null, null]]);
    }
    return [...byArea.entries()].sort(([a], [b]) => a.localeCompare(b, 'nb'));
}

function start(activity, day) {
    return activity.schedule.filter(w => w.day === day).map(w => w.from).sort()[0] || '';
}

async function render() {
    remember();
    const slug = form.municipality.value;
    if (!slug) {
        catalogue.replaceChildren(h('p', {class: 'notice'}, t('catalogue.print.none')));
        return;
    }
    const municipality = municipalities.find(m => m.slug === slug);
    const area = areas.find(a => a.key === form.area.value);
    const place = area ? t('catalogue.print.areaIn', area.name, municipality.name) : municipality.name;
    heading.textContent = t('catalogue.print.headingFor', place);
    document.title = t('catalogue.print.titleFor', place);
    catalogue.setAttribute('aria-busy', 'true');
    status.textContent = t('common.loading');
    try {
        const data = await load(slug, area ? area.key : '');
        const sections = groups(data.activities, form.group.value).map(([name, items]) =>
            h('section', {class: 'print-group'}, h('h2', {}, name), items.map(([a, day, seenOn]) => entry(a, data, day, seenOn))));
        catalogue.replaceChildren(
            h('p', {class: 'print-date'}, t('catalogue.print.date', dateText(new Date().toISOString().substring(0, 10)),
                data.activities.length)),
            ...(sections.length ? sections : [h('p', {}, t('catalogue.print.empty'))]));
        status.textContent = t('catalogue.print.ready', data.activities.length);
    } catch (e) {
        catalogue.replaceChildren();
        status.textContent = describe(e);
    } finally {
        catalogue.removeAttribute('aria-busy');
    }
}

async function chooseMunicipality(slug, area) {
    areas = await loadAreas(slug).catch(() => []);
    // Links may name an area by key (amot) or by id (1223); the select works with keys.
    const chosen = areas.find(a => a.key === area || String(a.id) === area);
    fillSelect(form.area, areas.map(a => [a.key, a.name]), chosen ? chosen.key : '');
    form.area.disabled = !slug;
}

try {
    municipalities = await loadMunicipalities();
    fillSelect(form.municipality, municipalities.map(m => [m.slug, m.name]), params.get('municipality') || '');
    await chooseMunicipality(form.municipality.value, params.get('area') || '');
    form.group.value = params.get('group') === 'weekday' ? 'weekday' : 'area';
    setLargeType(params.get('large') === '1');
    const back = new URLSearchParams({municipality: form.municipality.value});
    if (form.area.value) {
        back.set('area', form.area.value);
    }
    document.getElementById('back-to-catalogue').href = form.municipality.value ? '/?' + back : '/';

    form.municipality.addEventListener('change', async () => {
        await chooseMunicipality(form.municipality.value, '');
        await render();
    });
    form.area.addEventListener('change', render);
    form.group.addEventListener('change', render);
    largeType.addEventListener('click', () => {
        setLargeType(!document.body.classList.contains('large-type'));
        remember();
    });
    document.getElementById('print-button').addEventListener('click', () => window.print());
    await render();
} catch (e) {
    status.textContent = describe(e);
}
