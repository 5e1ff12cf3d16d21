// A map of places (Leaflet, served from the WAR as a WebJar). The tiles come from the configured tile server
// (OpenStreetMap by default); when it cannot be reached the markers still show and a note says why the background
// is blank. The map only repeats what the list beside it says, so nothing depends on it.
import {api, h, t} from './app.js';

let config = null;

export async function uiConfig() {
    if (!config) {
        config = await api('ui/config').catch(() => ({tiles: null}));
    }
    return config;
}

/**
 * Draws a map into the element. Returns {show(places)} where a place is {lat, lon, title, text, href}.
 * Without Leaflet (script blocked) it returns an object whose show() does nothing.
 */
export async function placeMap(element, {center = [59.2, 9.6], zoom = 8} = {}) {
    const {tiles} = await uiConfig();
    const note = h('p', {class: 'map-note', role: 'status', hidden: true}, t('map.noTiles'));
    element.after(note);
    element.setAttribute('role', 'region');
    element.setAttribute('aria-label', t('map.label'));
    if (!window.L) {
        note.hidden = false;
        return {show() {}};
    }
    const L = window.L;
    const map = L.map(element, {scrollWheelZoom: false}).setView(center, zoom);
    if (tiles && tiles.url) {
        let failed = 0;
        const layer = L.tileLayer(tiles.url, {attribution: tiles.attribution, maxZoom: tiles.maxZoom || 18});
        layer.on('tileerror', () => {
            failed++;
            note.hidden = false;
        });
        layer.on('tileload', () => {
            if (failed === 0) {
                note.hidden = true;
            }
        });
        layer.addTo(map);
    } else {
        note.hidden = false;
    }
    const markers = L.featureGroup().addTo(map);
    return {
        map,
        show(places) {
            markers.clearLayers();
            const located = places.filter(p => p && p.lat !== undefined && p.lon !== undefined);
            for (const place of located) {
                const label = place.text ? t('map.marker', place.title, place.text) : place.title;
                const marker = L.marker([place.lat, place.lon], {title: label, alt: label, keyboard: true});
                const popup = h('div', {}, place.href ? h('a', {href: place.href}, place.title) : h('strong', {}, place.title),
                    place.text ? h('div', {}, place.text) : null);
                marker.bindPopup(popup);
                markers.addLayer(marker);
            }
            if (located.length === 1) {
                map.setView([located[0].lat, located[0].lon], 13);
            } else if (located.length > 1) {
                map.fitBounds(markers.getBounds(), {padding: [24, 24], maxZoom: 14});
            }
        }
    };
}
