/** @file Options page entry. A placeholder until the guidelines editor lands. */
import { render } from 'preact';
import { Options } from '../../src/ui/options';

const app = document.getElementById('app');
if (app) render(<Options />, app);
