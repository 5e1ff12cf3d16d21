// One offer (/?offer=ID): what it is, when, where, who organises it, accessibility, cost and how to join, with a
// small map. The venue and the organiser are read too, for address, accessibility and public contact details.
import {api, dateText, describe, h, t} from '../app.js';
import {placeMap} from '../map.js';
import {contactNodes, costText, dataLang, fact, loadMunicipalities, norwegian, scheduleText}
    from './catalogue-texts.js';

const LEVELS = ['OPEN_TO_ALL', 'LOW_THRESHOLD', 'BY_DECISION'];

function backHref() {
    const url = new URL(location.href);
    url.searchParams.delete('offer');
    url.searchParams.delete('lang');
    return url.pathname + url.search;
}

function period(activity) {
    if (activity.startDate && activity.endDate) {
        return t('catalogue.offer.period', dateText(activity.startDate), dateText(activity.endDate));
    }
    if (activity.endDate) {
        return t('catalogue.offer.until', dateText(activity.endDate));
    }
    return activity.startDate ? t('catalogue.offer.from', dateText(activity.startDate)) : null;
}

function accessibility(venue) {
    if (!venue) {
        return t('catalogue.offer.accessUnknown');
    }
    const items = venue.accessibility || [];
    return items.length ? items.map(a => t('catalogue.access.' + a)).join(', ') : t('catalogue.offer.accessUnknown');
}

export async function showOffer(id) {
    document.getElementById('search-view').hidden = true;
    const article = document.getElementById('offer');
    article.hidden = false;
    const back = h('p', {class: 'no-print'}, h('a', {href: backHref(), id: 'back-to-search'}, t('catalogue.offer.back')));
    article.replaceChildren(back, h('p', {role: 'status'}, t('common.loading')));
    let activity;
    try {
        activity = await api('activities/' + encodeURIComponent(id));
    } catch (e) {
        article.replaceChildren(back, h('h2', {id: 'offer-title'}, t('catalogue.offer.missing')),
            h('p', {class: 'notice', role: 'alert'}, describe(e)));
        return;
    }
    const [venue, organiser, municipalities] = await Promise.all([
        activity.venue ? api('venues/' + activity.venue).catch(() => null) : null,
        activity.organiser ? api('organisations/' + activity.organiser).catch(() => null) : null,
        loadMunicipalities().catch(() => [])]);
    const municipality = municipalities.find(m => m.slug === activity.municipality);
    document.title = t('catalogue.offer.title', activity.title);

    const where = [activity.venueName, venue && venue.address, activity.areaName, municipality && municipality.name];
    const printParams = new URLSearchParams({municipality: activity.municipality});
    if (activity.area) {
        printParams.set('area', activity.area);
    }
    const mapElement = h('div', {id: 'offer-map', class: 'map offer-map'});
    article.replaceChildren(back,
        h('h2', {id: 'offer-title', lang: dataLang()}, activity.title),
        activity.description ? h('p', {class: 'lead', lang: dataLang()}, activity.description) : null,
        h('div', {class: 'offer-facts'},
            fact('catalogue.fact.when', scheduleText(activity.schedule)),
            fact('catalogue.fact.period', period(activity)),
            fact('catalogue.fact.where', norwegian(where.filter(Boolean).join(', '))),
            fact('catalogue.fact.transport', norwegian(venue && venue.transport)),
            fact('catalogue.fact.access', accessibility(venue)),
            fact('catalogue.fact.forWhom', norwegian((activity.targetGroups || []).join(', '))),
            LEVELS.includes(activity.level) ? fact('catalogue.fact.level', t('catalogue.level.' + activity.level)) : null,
            fact('catalogue.fact.cost', costText(activity)),
            fact('catalogue.fact.join', activity.howToJoin ? norwegian(activity.howToJoin) : t('catalogue.offer.joinUnknown')),
            fact('catalogue.fact.organiser', norwegian(activity.organiserName || activity.venueName)),
            fact('catalogue.fact.contact', contactNodes(organiser && (organiser.phone || organiser.email) ? organiser : venue))),
        h('h3', {}, t('catalogue.offer.mapHeading')),
        mapElement,
        h('p', {class: 'actions no-print'},
            h('a', {href: '/print.html?' + printParams, id: 'offer-print-link', class: 'button secondary'},
                t(activity.area ? 'catalogue.printLink' : 'catalogue.printLink.municipality'))));
    if (!activity.location) {
        mapElement.previousElementSibling.remove();
        mapElement.remove();
        return;
    }
    const map = await placeMap(mapElement, {center: [activity.location.lat, activity.location.lon], zoom: 13});
    map.show([{lat: activity.location.lat, lon: activity.location.lon, title: activity.title,
        text: activity.venueName || activity.areaName || ''}]);
}
