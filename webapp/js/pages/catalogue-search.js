// The catalogue's search: filters that live in the URL (so a coordinator can share or print a link), results as a
// list and on the map, facet counts to narrow down, and "show more". Every result count is announced.
import {api, describe, h, numberText, t} from '../app.js';
import {clearProblem, showProblem} from '../forms.js';
import {placeMap} from '../map.js';
import {renderFacets} from './catalogue-facets.js';
import {suggestAsYouType} from './catalogue-suggest.js';
import {DAYS, contactNodes, costText, dataLang, fact, fillSelect, loadAreas, loadMunicipalities, norwegian, scheduleText,
    snippetNodes}
    from './catalogue-texts.js';

// near is the reader's position from the browser, kept in memory only.
const FILTERS = ['q', 'type', 'municipality', 'area', 'interest', 'targetGroup', 'day', 'from', 'to', 'radiusKm', 'near'];
const PAGE = 10;
const RADII = [1, 2, 5, 10, 25, 50];
const DETAIL_PATH = {activity: 'activities', venue: 'venues', organisation: 'organisations'};

const form = document.getElementById('search-form');
const status = document.getElementById('result-status');
const list = document.getElementById('results');
const more = document.getElementById('more');
const facets = document.getElementById('facets');
const printLink = document.getElementById('print-link');
const distanceFrom = document.getElementById('distance-from');

let state = {};
let municipalities = [];
let areas = [];
let shown = [];
let total = 0;
let map = null;
let running = 0;

/** The filters as the URL has them; type defaults to offers. */
function stateFromUrl() {
    const params = new URL(location.href).searchParams;
    const result = {};
    FILTERS.forEach(name => result[name] = params.get(name) || '');
    result.type = result.type || 'activity';
    return result;
}

function stateFromForm() {
    const result = {near: state.near || ''};
    FILTERS.filter(name => name !== 'near').forEach(name => result[name] = form.elements[name].value.trim());
    return result;
}

/**
 * Writes the filters into the address bar (no reload), leaving out empty ones and the language. The reader's own
 * position is never written there: a shared or printed link must not tell where someone lives.
 */
function remember() {
    const url = new URL(location.href);
    FILTERS.forEach(name => url.searchParams.delete(name));
    url.searchParams.delete('lang');
    FILTERS.filter(name => name !== 'near').forEach(name => {
        if (state[name] && !(name === 'type' && state.type === 'activity')) {
            url.searchParams.set(name, state[name]);
        }
    });
    history.replaceState(null, '', url);
}

/** Where distances are measured from: the reader's position, else the chosen area's or municipality's centre. */
function origin() {
    if (state.near) {
        return {point: state.near, label: t('catalogue.position.mine')};
    }
    const area = areas.find(a => a.key === state.area);
    if (area && area.centre) {
        return {point: `${area.centre.lat},${area.centre.lon}`, label: area.name};
    }
    const municipality = municipalities.find(m => m.slug === state.municipality);
    if (municipality && municipality.centre) {
        return {point: `${municipality.centre.lat},${municipality.centre.lon}`, label: municipality.name};
    }
    return null;
}

function describeOrigin() {
    const from = origin();
    document.getElementById('forget-position').hidden = !state.near;
    distanceFrom.textContent = !state.radiusKm ? ''
        : from ? t('catalogue.distance.from', from.label) : t('catalogue.distance.needPlace');
}

function query(offset) {
    const from = state.radiusKm || state.near ? origin() : null;
    return {
        q: state.q, type: state.type, municipality: state.municipality, area: state.area,
        interest: state.interest, targetGroup: state.targetGroup, day: state.day,
        // Times without a day go to the API as they are: its answer puts "Dag: må fylles ut" next to the day.
        from: state.from, to: state.to,
        near: from ? from.point : '', radiusKm: from ? state.radiusKm : '', offset, limit: PAGE
    };
}

/** The link to one offer keeps the search in the URL, so "back to the search" finds it again. */
function offerHref(id) {
    const url = new URL(location.href);
    url.searchParams.set('offer', id);
    url.searchParams.delete('lang');
    return url.pathname + url.search;
}

function municipalityName(slug) {
    const m = municipalities.find(x => x.slug === slug);
    return m ? m.name : slug;
}

function card(hit, record) {
    const title = hit.type === 'activity'
        ? h('a', {href: offerHref(hit.id), class: 'offer-link', lang: dataLang()}, hit.title)
        : norwegian(hit.title);
    const where = record
        ? [record.venueName, record.address, record.areaName || hit.areaName, municipalityName(hit.municipality)]
        : [hit.areaName, municipalityName(hit.municipality)];
    return h('li', {class: 'card result', dataset: {type: hit.type, id: String(hit.id)}},
        h('h3', {}, title),
        hit.snippet ? h('p', {class: 'snippet', lang: dataLang()}, snippetNodes(hit.snippet)) : null,
        record && record.schedule ? fact('catalogue.fact.when', scheduleText(record.schedule)) : null,
        fact('catalogue.fact.where', norwegian(where.filter(Boolean).join(', '))),
        record && record.organiserName ? fact('catalogue.fact.organiser', norwegian(record.organiserName)) : null,
        hit.type !== 'activity' && record ? fact('catalogue.fact.contact', contactNodes(record)) : null,
        record && hit.type === 'activity' ? fact('catalogue.fact.cost', costText(record)) : null,
        hit.distanceKm !== undefined && hit.distanceKm !== null
            ? fact('catalogue.fact.distance', t('common.km', numberText(hit.distanceKm))) : null);
}

/** Hits carry no time or place, so each is read in full; one that fails still shows with what the hit has. */
async function withDetails(hits) {
    return Promise.all(hits.map(hit => api(`${DETAIL_PATH[hit.type]}/${hit.id}`).catch(() => null)
        .then(record => ({hit, record}))));
}

function showOnMap() {
    // No results, no map: an empty map of Telemark only adds scrolling.
    document.getElementById('map-part').hidden = shown.length === 0;
    if (!map) {
        return;
    }
    if (map.map) {
        map.map.invalidateSize(); // Leaflet measures its box again after being hidden
    }
    map.show(shown.filter(({record}) => record && record.location).map(({hit, record}) => ({
        lat: record.location.lat, lon: record.location.lon, title: hit.title,
        text: record.schedule ? scheduleText(record.schedule) : (record.areaName || ''),
        href: hit.type === 'activity' ? offerHref(hit.id) : null
    })));
}

async function narrow(name, filter) {
    form.elements[name].value = filter;
    if (name === 'municipality') {
        await chooseMunicipality(filter, '');
    }
    await apply();
}

function updatePrintLink() {
    printLink.hidden = !state.municipality;
    const params = new URLSearchParams({municipality: state.municipality});
    if (state.area) {
        params.set('area', state.area);
    }
    printLink.href = '/print.html?' + params;
    printLink.textContent = t(state.area ? 'catalogue.printLink' : 'catalogue.printLink.municipality');
}

/** Runs the search from the first hit (fresh) or appends the next page ("show more"). */
async function search(fresh) {
    const ticket = ++running;
    const offset = fresh ? 0 : shown.length;
    const section = document.getElementById('results-section');
    section.setAttribute('aria-busy', 'true');
    document.body.dataset.results = 'loading'; // for browser tests: wait for "ready", not for a text
    status.textContent = t('common.loading');
    try {
        const result = await api('search', {query: query(offset)});
        const hits = await withDetails(result.hits);
        if (ticket !== running) {
            return; // a newer search has started; its answer wins
        }
        clearProblem(form);
        total = result.total;
        // Large results come with an estimated total ("ca. 183 000 treff"); the hits themselves are exact.
        const about = result.totalExact === false;
        const count = about ? numberText(total, 0) : total;
        shown = fresh ? hits : shown.concat(hits);
        const cards = hits.map(({hit, record}) => card(hit, record));
        fresh ? list.replaceChildren(...cards) : list.append(...cards);
        more.hidden = about ? hits.length < PAGE : shown.length >= total;
        status.textContent = total === 0 ? t('catalogue.results.none')
            : total === 1 && !about ? t('catalogue.results.one') : shown.length < total
                ? t(about ? 'catalogue.results.someAbout' : 'catalogue.results.some', shown.length, count)
                : t(about ? 'catalogue.results.about' : 'catalogue.results.many', count);
        renderFacets(facets, result.facets || {},
            {state, areas, municipalityName, narrow, about: result.facetsExact === false});
        showOnMap();
        if (!fresh && cards.length) {
            // Keyboard users carry on where the new results begin.
            (cards[0].querySelector('a') || cards[0]).focus();
        }
    } catch (e) {
        if (ticket !== running) {
            return;
        }
        status.textContent = describe(e);
        if (e.problem && e.problem.errors && e.problem.errors.length) {
            showProblem(form, e);
            status.textContent = t('catalogue.results.fix');
        }
    } finally {
        if (ticket === running) {
            section.removeAttribute('aria-busy');
            document.body.dataset.results = 'ready';
        }
    }
}

async function apply() {
    state = stateFromForm();
    remember();
    describeOrigin();
    updatePrintLink();
    await search(true);
}

async function chooseMunicipality(slug, area) {
    areas = await loadAreas(slug).catch(() => []);
    fillSelect(form.elements.area, areas.map(a => [a.key, a.name]), area);
    form.elements.area.disabled = !slug;
    document.getElementById('area-hint').hidden = Boolean(slug);
}

function position() {
    const button = document.getElementById('use-position');
    if (!('geolocation' in navigator)) {
        button.hidden = true;
        return;
    }
    button.addEventListener('click', () => {
        distanceFrom.textContent = t('catalogue.position.finding');
        navigator.geolocation.getCurrentPosition(p => {
            // About 100 m is close enough to measure walking distance, and no closer than needed.
            state.near = `${p.coords.latitude.toFixed(3)},${p.coords.longitude.toFixed(3)}`;
            if (!form.elements.radiusKm.value) {
                form.elements.radiusKm.value = '5';
            }
            apply();
        }, () => distanceFrom.textContent = t('catalogue.position.failed'), {timeout: 15000});
    });
    document.getElementById('forget-position').addEventListener('click', () => {
        state.near = '';
        apply();
        button.focus();
    });
}

export async function startSearch() {
    let vocabulary;
    [municipalities, vocabulary] = await Promise.all([loadMunicipalities(), api('vocabulary')]);
    state = stateFromUrl();
    fillSelect(form.elements.municipality, municipalities.map(m => [m.slug, m.name]), state.municipality);
    fillSelect(form.elements.interest, vocabulary.interests.map(i => [i, i]), state.interest);
    fillSelect(form.elements.targetGroup, vocabulary.targetGroups.map(g => [g, g]), state.targetGroup);
    fillSelect(form.elements.day, DAYS.map(d => [d, t('day.' + d)]), state.day);
    fillSelect(form.elements.radiusKm, RADII.map(r => [String(r), t('catalogue.radius.km', r)]), state.radiusKm);
    await chooseMunicipality(form.elements.municipality.value, state.area);
    ['q', 'type', 'from', 'to'].forEach(name => form.elements[name].value = state[name]);
    state = stateFromForm();

    form.addEventListener('submit', event => {
        event.preventDefault();
        apply();
    });
    // Lists apply at once; the text box and the times wait for Enter or the search button.
    ['type', 'area', 'interest', 'targetGroup', 'day', 'radiusKm'].forEach(name =>
        form.elements[name].addEventListener('change', apply));
    form.elements.municipality.addEventListener('change', async () => {
        await chooseMunicipality(form.elements.municipality.value, '');
        await apply();
    });
    form.addEventListener('reset', () => setTimeout(async () => {
        state.near = '';
        await chooseMunicipality('', '');
        await apply();
    }));
    more.addEventListener('click', () => search(false));
    suggestAsYouType(form.elements.q, document.getElementById('q-suggestions'));
    position();

    // On a narrow screen the filters start folded, unless the link already chose some.
    const chosen = FILTERS.some(name => name !== 'q' && name !== 'type' && state[name]);
    if (window.matchMedia('(max-width: 50rem)').matches && !chosen) {
        document.getElementById('filters').open = false;
    }
    describeOrigin();
    updatePrintLink();
    map = await placeMap(document.getElementById('results-map'));
    await search(true);
}
