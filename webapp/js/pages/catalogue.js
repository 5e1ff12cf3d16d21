// The public catalogue at /: the search, or one offer when the address says ?offer=ID. No login needed.
import {boot, describe, stopWith} from '../app.js';
import {showOffer} from './catalogue-offer.js';
import {startSearch} from './catalogue-search.js';

await boot({page: 'catalogue'});

const offer = new URL(location.href).searchParams.get('offer');
try {
    await (offer ? showOffer(offer) : startSearch());
} catch (e) {
    // The lists the filters need (municipalities, vocabulary) could not be read: say so instead of a half page.
    stopWith(describe(e));
}
