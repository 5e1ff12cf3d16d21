import {boot} from '../app.js';

await boot({page: 'catalogue'});
