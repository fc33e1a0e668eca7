export { CharteBlocMarque, intituleLines } from './bloc-marque.ts';
